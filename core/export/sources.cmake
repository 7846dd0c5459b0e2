target_sources(conduct_core PRIVATE
  export/CaseFile.h
  export/DocumentLayout.h export/DocumentLayout.cpp
  export/Paginator.h export/Paginator.cpp export/PageRendering.cpp
  export/PdfWriter.h export/PdfWriter.cpp
  export/BuilderSupport.h export/BuilderSupport.cpp
  export/Builders.h
  export/Mg3Builder.cpp export/Mg3CpsPart.cpp
  export/Mg5Builder.cpp
  export/Mg2Builder.cpp
  export/WithdrawalBuilder.cpp
  export/RiskRecordBuilder.cpp
  export/ChronologyBuilder.cpp
  export/ChronologyCharts.h export/ChronologyCharts.cpp
  export/DocumentRegistry.h export/DocumentRegistry.cpp
  export/Export.h export/Export.cpp
  export/MissingValues.h export/MissingValues.cpp
  export/Csv.h export/Csv.cpp
)
