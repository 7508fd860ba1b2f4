package it.fsr.cli;

import java.util.function.IntConsumer;

/** Runs the parts of a large input at once, one thread each (the calling thread takes the last), in order of failure. */
final class Parts {
    private Parts() {
    }

    /**
     * Runs {@code task} for 0 … parts-1, one thread each, and waits for all.
     *
     * @throws RuntimeException the first part's failure, in part order
     */
    static void run(int parts, IntConsumer task) {
        if (parts <= 1) {
            task.accept(0);
            return;
        }
        Thread[] threads = new Thread[parts - 1];
        RuntimeException[] failed = new RuntimeException[parts];
        for (int k = 0; k < parts - 1; k++) {
            int part = k;
            threads[k] = new Thread(() -> {
                try {
                    task.accept(part);
                } catch (RuntimeException e) {
                    failed[part] = e;
                }
            }, "fsr-part-" + k);
            threads[k].setDaemon(true);
            threads[k].start();
        }
        try {
            task.accept(parts - 1);
        } catch (RuntimeException e) {
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
        for (RuntimeException e : failed) {
            if (e != null) {
                throw e;
            }
        }
    }
}
