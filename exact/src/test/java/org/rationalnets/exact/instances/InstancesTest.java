package org.rationalnets.exact.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class InstancesTest {

    /** Configuration parameter under which {@link FalseLaw} runs; without it the class is skipped. */
    private static final String DEMONSTRATION = "rationalnets.demonstration";

    /** A deliberately false law, (a + b)² = a² + b², run only by {@link #aFalseLawFailsWithItsSeedAndInstance}. */
    @ExtendWith(OnlyAsDemonstration.class)
    static class FalseLaw {

        record Summands(BigFraction a, BigFraction b) {
        }

        static Stream<Instance<Summands>> summands() {
            return Instances.of(5, r -> new Summands(RandomPolynomials.nonzeroRational(r, 9, 4), RandomPolynomials.nonzeroRational(r, 9, 4)));
        }

        @ParameterizedTest
        @MethodSource("summands")
        void squareOfASumIsTheSumOfSquares(Instance<Summands> instance) {
            BigFraction a = instance.value().a();
            BigFraction b = instance.value().b();
            assertThat(a.add(b).pow(2)).isEqualTo(a.pow(2).add(b.pow(2)));
        }
    }

    static final class OnlyAsDemonstration implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(DEMONSTRATION).map(Boolean::parseBoolean).orElse(false)
                    ? ConditionEvaluationResult.enabled("run as a demonstration")
                    : ConditionEvaluationResult.disabled("a deliberately false law, run by InstancesTest only");
        }
    }

    record Outcome(String displayName, TestExecutionResult result) {
    }

    @Test
    void aFalseLawFailsWithItsSeedAndInstance() {
        List<Outcome> outcomes = new ArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(FalseLaw.class))
                .configurationParameter(DEMONSTRATION, "true")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            outcomes.add(new Outcome(test.getDisplayName(), result));
                        }
                    }
                });
        // 2ab ≠ 0 for nonzero a, b: every case fails
        assertThat(outcomes).hasSize(5).allSatisfy(o -> {
            assertThat(o.result().getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
            assertThat(o.displayName()).contains("seed " + Instances.baseSeed() + " #").contains("Summands[a=");
            assertThat(o.result().getThrowable()).get().extracting(Throwable::getMessage).asString()
                    .contains("FalseLaw.squareOfASumIsTheSumOfSquares fails for seed " + Instances.baseSeed() + " #")
                    .contains("Summands[a=")
                    .contains("replay: -Drationalnets.seed=" + Instances.baseSeed())
                    .contains("expected");
        });
    }

    @Test
    void aStreamIsDeterminedByItsNameAndTheBaseSeed() {
        List<Long> first = Instances.of(30, "law", Random::nextLong).map(Instance::value).toList();
        List<Long> again = Instances.of(30, "law", Random::nextLong).map(Instance::value).toList();
        List<Long> fewer = Instances.of(10, "law", Random::nextLong).map(Instance::value).toList();
        List<Long> other = Instances.of(30, "another law", Random::nextLong).map(Instance::value).toList();
        assertThat(again).isEqualTo(first);
        assertThat(fewer).isEqualTo(first.subList(0, 10));
        assertThat(other).doesNotContainAnyElementsOf(first);
        assertThat(first).doesNotHaveDuplicates();
    }

    @Test
    void casesAreNumberedFromOneAndNameTheBaseSeed() {
        List<Instance<Integer>> cases = Instances.of(3, "numbers", r -> 7).toList();
        assertThat(cases).extracting(Instance::index).containsExactly(1, 2, 3);
        assertThat(cases.get(1)).hasToString("seed " + Instances.baseSeed() + " #2: 7");
    }

    /** The source method's name names its stream: two source methods, two streams. */
    @Test
    void theCallingMethodNamesTheStream() {
        assertThat(streamA().map(Instance::value).toList()).isNotEqualTo(streamB().map(Instance::value).toList());
        assertThat(streamA().map(Instance::value).toList()).isEqualTo(streamA().map(Instance::value).toList());
    }

    private static Stream<Instance<Long>> streamA() {
        return Instances.of(Random::nextLong);
    }

    private static Stream<Instance<Long>> streamB() {
        return Instances.of(Random::nextLong);
    }

    @Test
    void triesComeFromTheBuild() {
        // surefire sets rationalnets.tries from the pom (200 in verify, 25 under the mutation profile)
        assertThat(Instances.tries()).isEqualTo(Integer.parseInt(System.getProperty(Instances.TRIES_PROPERTY, "200")));
        assertThat(streamA()).hasSize(Instances.tries());
    }
}
