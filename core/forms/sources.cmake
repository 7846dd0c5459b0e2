target_sources(conduct_core PRIVATE
  forms/FormPack.h forms/FormPack.cpp forms/FormsText.h
  forms/FormPackLoader.h forms/FormPackLoader.cpp
  forms/FormPackParsing.h forms/FormJsonReader.h forms/FormPackParser.cpp forms/FormPackChecks.cpp
  forms/FormAnswers.h forms/FormAnswers.cpp
  forms/RiskScoring.h forms/RiskScoring.cpp
  forms/FormPackCatalogue.h forms/FormPackCatalogue.cpp
)
