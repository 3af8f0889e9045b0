# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every compile setting; each library and executable links it.
add_library(keyward_settings INTERFACE)
add_library(Keyward::settings ALIAS keyward_settings)

target_compile_definitions(keyward_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_STRICT_ITERATORS
  KEYWARD_VERSION="${PROJECT_VERSION}")

target_compile_options(keyward_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
  $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond -Wlogical-op>
  -fstack-protector-strong -fstack-clash-protection
  # Libraries are built position-independent (CMAKE_POSITION_INDEPENDENT_CODE) because the console
  # is also linked into a loadable module; calls inside them stay direct, as in an executable.
  $<$<CXX_COMPILER_ID:GNU>:-fno-semantic-interposition>
  # The optimised builds (the package, the release preset) are the hardened ones, checked on the
  # packaged binary and modules by packaging/check-package.sh (hardening-check): _FORTIFY_SOURCE needs
  # optimisation (undefined first, as a distribution's compiler may preset it); CET (-fcf-protection)
  # marks every object, so Debug objects stay as they are and keep sharing the developers' cache.
  $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2 -fcf-protection>
  $<$<CONFIG:Debug>:-D_GLIBCXX_ASSERTIONS>)
target_link_options(keyward_settings INTERFACE -Wl,-z,relro,-z,now -Wl,-z,noexecstack
  $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:-pie>)

if(KEYWARD_WERROR)
  target_compile_options(keyward_settings INTERFACE -Werror)
endif()
# The release preset links with LTO: the import's per-line calls across files (the key lookup, the
# rules, the record's offers) are inlined, ≈ 5 % of its CPU (docs/usage.md). GCC 12 then warns about
# QHash's inlined allocation (an impossible size on a path it cannot rule out): Qt's code, not ours.
if(CMAKE_INTERPROCEDURAL_OPTIMIZATION AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_link_options(keyward_settings INTERFACE -Wno-alloc-size-larger-than)
endif()
if(KEYWARD_SANITIZE)
  target_compile_options(keyward_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
  target_link_options(keyward_settings INTERFACE -fsanitize=address,undefined)
endif()
if(KEYWARD_SANITIZE_THREAD)
  if(KEYWARD_SANITIZE)
    message(FATAL_ERROR "ThreadSanitizer and AddressSanitizer do not combine: choose one")
  endif()
  target_compile_options(keyward_settings INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(keyward_settings INTERFACE -fsanitize=thread)
endif()

# The app's sources, also for the fuzz project (tests/fuzz), which adds the library folders it needs.
set(KEYWARD_APP_DIR ${CMAKE_CURRENT_LIST_DIR}/../app)
# keyward_add_library(NAME SOURCES... LINKS ...): a static library app/NAME with the shared settings.
function(keyward_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
  add_library(keyward_${name} STATIC ${ARG_SOURCES})
  add_library(Keyward::${name} ALIAS keyward_${name})
  target_include_directories(keyward_${name} PUBLIC ${KEYWARD_APP_DIR})
  target_link_libraries(keyward_${name} PUBLIC keyward_settings ${ARG_LINKS})
endfunction()
