package it.fsr.core.parallel;

import java.util.function.IntConsumer;

/**
 * Runs the parts of a large input or batch at once, one thread each (the calling thread takes the last):
 * the one thread helper of fsr's readers and batches. Each part writes only its own results, so the outcome
 * is the same for every number of parts. Stateless.
 */
public final class Parts {
    private Parts() {
    }

    /**
     * Runs {@code task} over {@code [0, n)} cut into {@code parts} contiguous slices, slice k being
     * {@code [n·k/parts, n·(k+1)/parts)}.
     */
    public static void slices(int n, int parts, SliceTask task) {
        int p = Math.max(1, Math.min(parts, n));
        run(p, k -> task.run((int) ((long) n * k / p), (int) ((long) n * (k + 1) / p)));
    }

    /** One slice of a batch. */
    @FunctionalInterface
    public interface SliceTask {
        /** Computes the items {@code [from, to)}. */
        void run(int from, int to);
    }

    /**
     * Runs {@code task} for 0 … parts-1, one thread each, and waits for all.
     *
     * @throws RuntimeException the first part's failure, in part order (an {@link Error} likewise)
     */
    public static void run(int parts, IntConsumer task) {
        if (parts <= 1) {
            task.accept(0);
            return;
        }
        Thread[] threads = new Thread[parts - 1];
        Throwable[] failed = new Throwable[parts];
        for (int k = 0; k < parts - 1; k++) {
            int part = k;
            threads[k] = new Thread(() -> {
                try {
                    task.accept(part);
                } catch (RuntimeException | Error e) {
                    failed[part] = e;
                }
            }, "fsr-part-" + k);
            threads[k].setDaemon(true);
            threads[k].start();
        }
        try {
            task.accept(parts - 1);
        } catch (RuntimeException | Error e) {
            failed[parts - 1] = e;
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running the parts of the input", e);
            }
        }
        for (Throwable e : failed) {
            if (e instanceof RuntimeException re) {
                throw re;
            }
            if (e instanceof Error err) {
                throw err;
            }
        }
    }
}
