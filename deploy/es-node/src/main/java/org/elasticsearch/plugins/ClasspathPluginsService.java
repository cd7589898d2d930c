package org.elasticsearch.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.elasticsearch.Build;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.jdk.ModuleQualifiedExportsService;

/**
 * A PluginsService that adds plugins found on the class path to the ones
 * loaded from the modules and plugins folders (which this launcher leaves
 * empty). Elasticsearch's own test framework does the same
 * (MockPluginsService); it lives in this package because LoadedPlugin and
 * loadPlugin are package-private.
 */
public class ClasspathPluginsService extends PluginsService {
    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Settings settings, Path configPath, Path modulesDir, Path pluginsDir,
            Collection<Class<? extends Plugin>> classes) {
        super(settings, configPath, modulesDir, pluginsDir);
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> c : classes) {
            Plugin plugin = loadPlugin(c, settings, configPath);
            PluginDescriptor d = new PluginDescriptor(c.getName(), "classpath plugin", "NA", Build.current().version(), "17",
                    c.getName(), null, Collections.emptyList(), false, false, false, false);
            loaded.add(new LoadedPlugin(d, plugin, c.getClassLoader(), ModuleLayer.boot()));
        }
        this.classpathPlugins = List.copyOf(loaded);
        loadExtensions(this.classpathPlugins);
    }

    /**
     * The server runs from the class path, in the unnamed module, so it has
     * no qualified exports to offer plugin layers (MockPluginsService does
     * the same).
     */
    @Override
    protected void addServerExportsService(Map<String, List<ModuleQualifiedExportsService>> qualifiedExports) {}

    @Override
    protected List<LoadedPlugin> plugins() {
        List<LoadedPlugin> all = new ArrayList<>(super.plugins());
        all.addAll(classpathPlugins);
        return all;
    }
}
