package it.fsr.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Test support, shared by every module's concurrency tests through fsr-core's test jar. */
public final class OnEightThreads {
    /** How many threads. */
    public static final int THREADS = 8;

    private OnEightThreads() {
    }

    /**
     * Runs {@code task} {@code rounds} times on each of 8 threads released together, and returns every
     * result: a shared mutable state shows up as a result that differs from the single-threaded one.
     */
    public static <T> List<T> run(int rounds, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<T> out = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        out.add(task.call());
                    }
                    return out;
                }));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> f : futures) {
                all.addAll(f.get(180, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
