# Case bundles: moving one case between databases (docs/bundle-format.md).
target_sources(conduct_core PRIVATE
  bundle/BundleFormat.h bundle/BundleFormat.cpp
  bundle/BundleContainer.h bundle/BundleContainer.cpp
  bundle/BundleCrypto.h bundle/BundleCrypto.cpp
  bundle/BundleWriter.h bundle/BundleWriter.cpp
  bundle/BundleReader.h bundle/BundleReader.cpp bundle/BundleValidation.cpp
  bundle/BundleImporter.h bundle/BundleImporter.cpp
  bundle/BundleService.h bundle/BundleService.cpp
)
