package se.avtalsvakt.api.plugin;

import java.util.List;
import java.util.Optional;

/** The installed plug-ins (the {@code se.avtalsvakt.plugins} bundle provides it; console {@code plugin:list}). */
public interface PluginService {

    /** @return every installed plug-in, ordered by symbolic name */
    List<Plugin> list();

    /** @return the plug-in with this symbolic name, if installed */
    default Optional<Plugin> find(String symbolicName) {
        return list().stream().filter(p -> p.symbolicName().equals(symbolicName)).findFirst();
    }
}
