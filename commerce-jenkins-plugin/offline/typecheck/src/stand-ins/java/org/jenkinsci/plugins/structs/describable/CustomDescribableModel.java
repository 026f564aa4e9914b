package org.jenkinsci.plugins.structs.describable;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;

/**
 * Stand-in, local to this type-check: the one member of structs' {@code CustomDescribableModel} (structs 362.x) that the
 * plugin implements, signature as in the real interface. The shared stand-ins do not cover structs, which is not on
 * Central; the real interface also has {@code customUninstantiate(UninstantiatedDescribable)} and a static
 * {@code of(Class)}, left out so that nothing here can use them. Never shipped: the real build compiles against structs.
 */
public interface CustomDescribableModel {

    /** Permits customization of the behavior of {@code DescribableModel#instantiate(Map)}; arguments are immutable. */
    default @NonNull Map<String, Object> customInstantiate(@NonNull Map<String, Object> arguments) {
        return arguments;
    }
}
