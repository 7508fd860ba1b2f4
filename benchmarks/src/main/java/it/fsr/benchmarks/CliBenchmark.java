package it.fsr.benchmarks;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command line end to end over a region's files, as a clerk runs it: {@code fattore-famiglia} and
 * {@code contributo-nido} over 1,000,000 households (~3.75 M member rows), {@code isee} over 1,000,000 DSUs
 * (~3 M member rows), {@code compartecipazione} for 1,000,000 users of Monopoli's home care, with a 1 GiB heap — read, checked, computed and written (to a sink). The command is
 * the shaded {@code fsr-cli/target/fsr.jar} (system property {@code fsr.cli.jar}), loaded in its own class
 * loader and called in this JVM, so that {@code -prof gc} reports its allocation; no module depends on the
 * command line. Single shots: each is seconds long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CliBenchmark {
    @Param({"1000000"})
    public int households;

    private Path dir;
    private Method run;
    private PrintStream sink;
    private PrintStream err;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // the files are written once and kept for the next forks (each benchmark method runs in its own JVM)
        dir = Path.of(System.getProperty("java.io.tmpdir"), "fsr-cli-bench-" + households);
        Path done = dir.resolve("written");
        if (!Files.exists(done)) {
            CliFiles.write(dir, households, 42);
            CliFiles.writeDsu(dir, households, 42);
            CliFiles.writeUsers(dir, households, 42);
            Files.writeString(done, "ok");
        }
        Path jar = Path.of(System.getProperty("fsr.cli.jar", "fsr-cli/target/fsr.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the command line first (mvn -DskipTests package): " + jar.toAbsolutePath());
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        run = loader.loadClass("it.fsr.cli.Main").getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
        run.setAccessible(true);
        sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        err = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }

    private int cli(String... args) throws Exception {
        int code = (int) run.invoke(null, args, sink, err);
        if (code != 0) {
            throw new IllegalStateException("fsr " + args[0] + " exited with " + code);
        }
        return code;
    }

    @Benchmark
    public int fattoreFamiglia() throws Exception {
        return cli("fattore-famiglia", "--households", dir.resolve("households.csv").toString(), "--members",
                dir.resolve("members.csv").toString(), "--date", "2021-11-19", "--quiet");
    }

    @Benchmark
    public int contributoNido() throws Exception {
        return cli("contributo-nido", "--households", dir.resolve("households.csv").toString(), "--members",
                dir.resolve("members.csv").toString(), "--date", "2021-11-19", "--service-year", "2021/22", "--quiet");
    }

    @Benchmark
    public int compartecipazione() throws Exception {
        return cli("compartecipazione", "--schedule", dir.resolve("schedule.properties").toString(), "--users",
                dir.resolve("users.csv").toString(), "--quiet");
    }

    @Benchmark
    public int isee() throws Exception {
        return cli("isee", "--households", dir.resolve("dsu.csv").toString(), "--members", dir.resolve("dsu-members.csv").toString(),
                "--date", "2025-09-01", "--quiet");
    }
}
