package org.rationalnets.exact.instances;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Puts the seed and the instance into the failure of a parameterised property, so that the report
 * shows them in full (a display name is cut at 512 characters). Registered for every test by
 * extension auto-detection ({@code junit-platform.properties} of each module).
 */
public final class InstanceReporter implements InvocationInterceptor {

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        try {
            invocation.proceed();
        } catch (TestAbortedException | VirtualMachineError passedOn) {
            throw passedOn;
        } catch (Throwable failure) {
            List<Object> instances = call.getArguments().stream().filter(Instance.class::isInstance).toList();
            if (instances.isEmpty()) {
                throw failure;
            }
            throw new AssertionError(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName() + " fails for " + instances.get(0)
                    + "\n  (replay: -D" + Instances.SEED_PROPERTY + "=" + ((Instance<?>) instances.get(0)).baseSeed()
                    + ")\n" + failure, failure);
        }
    }
}
