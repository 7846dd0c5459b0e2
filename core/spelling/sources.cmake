# British English spell-checking (issue 22): Hunspell with Debian's en_GB dictionary, the rules for
# which words to check, and each user's own word list.
target_sources(conduct_core PRIVATE
  spelling/SpellChecker.h spelling/SpellChecker.cpp
  spelling/SpellingWords.h spelling/SpellingWords.cpp
  spelling/PersonalWordsService.h spelling/PersonalWordsService.cpp
)
# Only SpellChecker.cpp includes hunspell.h: it alone gets Hunspell's include folder, and the library
# is linked without its usage requirements, so the rest of core keeps the same compile flags (and
# its ccache entries) it had before spell-checking came.
set_source_files_properties(spelling/SpellChecker.cpp PROPERTIES INCLUDE_DIRECTORIES "${HUNSPELL_INCLUDE_DIRS}")
target_link_libraries(conduct_core PRIVATE $<LINK_ONLY:PkgConfig::HUNSPELL>)
