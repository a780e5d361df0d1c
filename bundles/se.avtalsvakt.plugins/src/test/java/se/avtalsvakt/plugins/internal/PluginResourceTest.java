package se.avtalsvakt.plugins.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.plugin.Plugin;

public class PluginResourceTest {

    private static final Plugin CASEFILE = new Plugin(42, "se.avtalsvakt.plugin.casefile", "0.1.0", "Ärendefiler",
            "Every alert as a JSON file", "ACTIVE", List.of(), List.of());

    private final PluginResource resource = new PluginResource(() -> List.of(CASEFILE));

    @Test
    public void listsTheInstalledPlugins() {
        assertEquals(List.of(CASEFILE), resource.list());
    }

    @Test
    public void oneByItsSymbolicNameOrNotFound() {
        assertEquals(CASEFILE, resource.get("se.avtalsvakt.plugin.casefile"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> resource.get("se.avtalsvakt.plugin.x"));
        assertEquals(true, e.getMessage().contains("se.avtalsvakt.plugin.x"));
    }
}
