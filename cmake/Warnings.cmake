# Warnings and sanitisers applied to every target of ours (never to Qt or Catch headers,
# which come in as system includes).
add_library(conduct_warnings INTERFACE)
target_compile_options(conduct_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
target_compile_definitions(conduct_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CONDUCT_SANITIZE)
  target_compile_options(conduct_warnings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(conduct_warnings INTERFACE -fsanitize=address,undefined)
endif()
