# Messages as evidence (issue 29): readers for the complainant's chat exports, texts, call logs
# and e-mail, who is who, and grouping contacts into proposed incidents.
target_sources(conduct_core PRIVATE
  messages/MessageRecord.h
  messages/MessageText.h messages/MessageText.cpp
  messages/WhatsAppReader.h messages/WhatsAppReader.cpp
  messages/ArchiveReader.h messages/ArchiveReader.cpp
  messages/SmsBackupReader.h messages/SmsBackupReader.cpp
  messages/FacebookReader.h messages/FacebookReader.cpp
  messages/EmailReader.h messages/EmailReader.cpp
  messages/FormatSniffer.h messages/FormatSniffer.cpp
  messages/Attribution.h messages/Attribution.cpp
  messages/BurstGrouping.h messages/BurstGrouping.cpp
)
# GMime brings GLib, whose headers use `signals` as a name: only EmailReader.cpp sees them, built
# without Qt's keywords. As with Hunspell, only the files that include a library's headers get its
# include folders, and the libraries are linked without their usage requirements.
set_source_files_properties(messages/EmailReader.cpp PROPERTIES
  COMPILE_DEFINITIONS QT_NO_KEYWORDS INCLUDE_DIRECTORIES "${GMIME_INCLUDE_DIRS}")
set_source_files_properties(messages/ArchiveReader.cpp PROPERTIES INCLUDE_DIRECTORIES "${LIBARCHIVE_INCLUDE_DIRS}")
target_link_libraries(conduct_core PRIVATE $<LINK_ONLY:PkgConfig::GMIME> $<LINK_ONLY:PkgConfig::LIBARCHIVE>)
