package it.fsr.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module, as text: every public and protected type, constructor, method and field of
 * the packages its descriptor exports to everyone (qualified exports are not API), one sorted line each.
 * A module's test compares it with the committed file {@code api/<module>.api}: a change of the public API
 * fails the build until the file is regenerated ({@code -Dfsr.api.update=true}) and committed with a
 * CHANGELOG entry — the API check that stands in for japicmp until the first release is published.
 */
public final class ApiSignature {
    private ApiSignature() {
    }

    /** The API of the module compiled in {@code target/classes} of the current module directory. */
    public static List<String> of(Path classes) throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        Set<String> lines = new TreeSet<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .forEach(f -> names.add(classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "")));
        }
        for (String name : names) {
            String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
            if (!exported.contains(pkg)) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, ApiSignature.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (!visible(type)) {
                continue;
            }
            String t = type.getName();
            lines.add(t + " : " + kind(type) + (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class
                    && !type.isEnum() && !type.isRecord() ? " extends " + type.getGenericSuperclass().getTypeName() : "")
                    + (type.getGenericInterfaces().length == 0 ? "" : " implements " + Stream.of(type.getGenericInterfaces())
                            .map(java.lang.reflect.Type::getTypeName).sorted().collect(Collectors.joining(", "))));
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (isApi(c.getModifiers()) && !type.isEnum()) {
                    lines.add(t + " : " + c.toGenericString().replace(t + "(", "new("));
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (isApi(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    lines.add(t + " : " + m.toGenericString().replace(t + ".", ""));
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (isApi(f.getModifiers()) && !f.isSynthetic()) {
                    lines.add(t + " : " + f.toGenericString().replace(t + ".", ""));
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) && !(c != type && Modifier.isProtected(c.getModifiers()))) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String kind(Class<?> type) {
        String mods = Modifier.toString(type.getModifiers() & (Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC))
                .replace("abstract interface", "interface");
        String k = type.isRecord() ? "record" : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
        return (type.isInterface() || type.isEnum() || type.isRecord() ? "" : mods.isEmpty() ? "" : mods + " ") + k
                + (type.isSealed() ? " sealed" : "");
    }

    /**
     * Checks the API of the module in {@code classes} against {@code api/<file>}; with
     * {@code -Dfsr.api.update=true}, writes the file instead.
     */
    public static void check(Path classes, Path committed) throws IOException {
        List<String> now = of(classes);
        String text = String.join("\n", now) + "\n";
        if (Boolean.getBoolean("fsr.api.update") || !Files.exists(committed) && Boolean.getBoolean("fsr.api.create")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, text, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.exists(committed)).as("the API file " + committed + " (create it with -Dfsr.api.update=true)").isTrue();
        List<String> before = Files.readAllLines(committed, StandardCharsets.UTF_8);
        List<String> removed = before.stream().filter(l -> !now.contains(l)).toList();
        List<String> added = now.stream().filter(l -> !before.contains(l)).toList();
        assertThat(removed).as("public API removed or changed without being announced: regenerate " + committed
                + " with -Dfsr.api.update=true and say it in CHANGELOG.md").isEmpty();
        assertThat(added).as("public API added without being announced: regenerate " + committed
                + " with -Dfsr.api.update=true and say it in CHANGELOG.md").isEmpty();
    }
}
