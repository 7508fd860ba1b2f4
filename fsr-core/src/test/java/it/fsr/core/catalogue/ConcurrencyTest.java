package it.fsr.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every calculator of fsr-core used from 8 threads at once on shared inputs and parameters gives what
 * it gives on one thread: a test that would catch shared mutable state (a cached pass, a lazily built
 * index, a shared formatter).
 */
class ConcurrencyTest {
    static final int ROUNDS = 40;

    static <T> List<T> onEightThreads(java.util.concurrent.Callable<T> task) throws Exception {
        return it.fsr.core.testing.OnEightThreads.run(ROUNDS, task);
    }

    @Test
    void oneSharedAllocationIsReadConsistentlyFromEightThreads() throws Exception {
        Random r = new Random(7);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            claims.add(Claim.of("k" + i, r.nextInt(1000)).withCap(Euro.ofCents(r.nextInt(200_000))));
        }
        AllocationRequest request = AllocationRequest.of(Euro.ofEuros(500_000), claims).withThreshold(Euro.ofEuros(300));
        var shared = AllocationEngine.allocate(request);
        var single = AllocationEngine.allocate(request);
        for (Long sum : onEightThreads(() -> {
            long s = 0;
            for (Claim c : claims) {
                s += shared.amountOf(c.key()).cents();             // the lazily built key index, raced on
            }
            s += AllocationEngine.allocate(request).remainder().cents();
            return s;
        })) {
            assertThat(sum).isEqualTo(single.shares().stream().mapToLong(x -> x.amount().cents()).sum() + single.remainder().cents());
        }
    }
}
