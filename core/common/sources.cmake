target_sources(conduct_core PRIVATE
  common/Result.h
  common/Clock.h common/Clock.cpp
  common/Text.h common/Text.cpp
  common/UkTime.h common/UkTime.cpp
  common/PrivateFiles.h common/PrivateFiles.cpp
)
