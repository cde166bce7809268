package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;

/** docs/examples.md §"Closed form": the representative (P, Q) of docs/theory.md §2, literally, for CF1–CF6. */
class ClosedFormExamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CF1 | 2,2,1     | [[[1,0],[0,1]],[[1,1]]]                                              | x1 + x2                                                     | x1*x2
            CF2 | 2,2,2,1   | [[[1,0],[0,1]],[[1,1],[1,-1]],[[1,1]]]                               | 2*x1*x2^2                                                   | x2^2 - x1^2
            CF3 | 3,2,2     | [[[1,2,0],[0,1,-1]],[[1,3],[2,-1]]]                                  | 3*x1 + 7*x2 - x3 ; -x1 - 2*x3                               | x1*x2 - x1*x3 + 2*x2^2 - 2*x2*x3
            CF4 | 2,3,1     | [[[1,0],[0,1],[1,1]],[[1,1,1]]]                                      | x1^2 + 3*x1*x2 + x2^2                                       | x1^2*x2 + x1*x2^2
            CF5 | 2,2,2,2,1 | [[[1,1],[1,-1]],[["1/2",1],[1,0]],[[1,2],[-1,1]],[[3,1]]]            | 33/4*x1^3 + 5/4*x1^2*x2 - 29/4*x1*x2^2 - 9/4*x2^3           | 2*x1^4 + 6*x1^3*x2 - 2*x1^2*x2^2 - 6*x1*x2^3
            CF6 | 3,3,2,1   | [[[1,0,0],[0,1,0],[0,0,1]],[[1,1,0],[0,1,1]],[[1,-1]]]               | x1^2*x2^2*x3 - x1*x2^2*x3^2                                 | x1^2*x2*x3 + x1^2*x3^2 + x1*x2^2*x3 + x1*x2*x3^2
            """)
    void theRepresentativeOfExamplesMd(String id, String arch, String weights, String numerators, String denominator) {
        Architecture d = Architecture.parse(arch);
        int n = d.inputDimension();
        ClosedForm<BigFraction> cf = RationalNet.of(WeightsLiteral.parse(d, weights)).closedForm();
        List<Polynomial<BigFraction>> expected = java.util.Arrays.stream(numerators.split(";"))
                .map(s -> PolynomialParser.parse(s.strip(), n)).toList();
        assertThat(cf.numerators()).as(id).isEqualTo(expected);
        assertThat(cf.denominator()).as(id).isEqualTo(PolynomialParser.parse(denominator, n));
        assertThat(cf.architecture()).isEqualTo(d);
    }
}
