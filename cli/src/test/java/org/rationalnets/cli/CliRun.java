package org.rationalnets.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process and captures exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RationalNetCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    com.fasterxml.jackson.databind.JsonNode json() {
        try {
            return Output.JSON.readTree(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("stdout is not JSON: " + out, e);
        }
    }
}
