# Writes the manual page offkai.1 from `offkai --help-all`, so that the page and the command line's own
# help come from one source (the commands' usage texts) and cannot drift apart.
#
#   cmake -DOFFKAI=path/to/offkai -DTEMPLATE=offkai.1.in -DOUTPUT=offkai.1 -DVERSION=x.y.z -P ManPage.cmake
#
# The template holds what --help does not say (name, description, files, environment, see also) and the
# placeholders @SYNOPSIS@, @OPTIONS@ and @COMMANDS@, which are filled from the help text:
#   "Usage:" and the lines under it      -> SYNOPSIS, as written (no reflowing)
#   "Options:" and its "  --flag  text"  -> OPTIONS, one .TP paragraph per option
#   "Command NAME:" and its lines        -> COMMANDS, a subsection per command, as written
cmake_minimum_required(VERSION 3.25)

foreach(var OFFKAI TEMPLATE OUTPUT VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: -D${var}=... is required")
    endif()
endforeach()

# English, the home folder as "~", nothing from the user's own settings.
set(ENV{LANG} "C.UTF-8")
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} "offscreen")
execute_process(COMMAND "${OFFKAI}" --lang en --help-all
    OUTPUT_VARIABLE help RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "ManPage.cmake: `offkai --help-all` failed (${status}): ${errors}")
endif()

# One line of help as roff text: escapes, typographic characters as roff names, no leading control
# character.
function(roff_escape line out)
    string(REPLACE "\\" "\\e" line "${line}")
    string(REPLACE "-" "\\-" line "${line}")
    string(REPLACE "…" "..." line "${line}")
    string(REPLACE "“" "\\(lq" line "${line}")
    string(REPLACE "”" "\\(rq" line "${line}")
    string(REPLACE "–" "\\(en" line "${line}")
    string(REPLACE "’" "\\(aq" line "${line}")
    if(line MATCHES "^[.']")
        set(line "\\&${line}")
    endif()
    set(${out} "${line}" PARENT_SCOPE)
endfunction()

string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(section "")
set(pending "")
set(synopsis "")
set(options "")
set(commands "")
foreach(raw IN LISTS lines)
    if(raw STREQUAL "Usage:")
        set(section synopsis)
        continue()
    elseif(raw STREQUAL "Options:")
        set(section options)
        continue()
    elseif(raw MATCHES "^Command ([a-z]+):$")
        set(section commands)
        if(NOT commands STREQUAL "")
            string(APPEND commands ".fi\n")
        endif()
        string(APPEND commands ".SS ${CMAKE_MATCH_1}\n.nf\n")
        continue()
    elseif(raw STREQUAL "")
        continue()
    endif()
    # The help indents every line by two spaces; the rest of the indentation is kept. (Not REGEX REPLACE:
    # its "^" matches again after each replacement and would eat every leading pair.)
    set(text "${raw}")
    if(text MATCHES "^  ")
        string(SUBSTRING "${text}" 2 -1 text)
    endif()
    if(section STREQUAL "options" AND NOT pending STREQUAL "" AND text MATCHES "^ +(.*)$")
        # The description of a flag too long to share its line.
        roff_escape("${CMAKE_MATCH_1}" what)
        string(APPEND options ".TP\n.B ${pending}\n${what}\n")
        set(pending "")
    elseif(section STREQUAL "options" AND text MATCHES "^(-[^ ,]*)$")
        roff_escape("${CMAKE_MATCH_1}" pending)
    elseif(section STREQUAL "options" AND text MATCHES "^(-[^ ,]*( [A-Za-z|]+)?(, --[a-z-]+)?) +(.*)$")
        roff_escape("${CMAKE_MATCH_1}" flag)
        roff_escape("${CMAKE_MATCH_4}" what)
        string(APPEND options ".TP\n.B ${flag}\n${what}\n")
    elseif(section STREQUAL "synopsis")
        roff_escape("${text}" text)
        string(APPEND synopsis "${text}\n")
    elseif(section STREQUAL "commands")
        roff_escape("${text}" text)
        string(APPEND commands "${text}\n")
    else()
        message(FATAL_ERROR "ManPage.cmake: a help line outside any known section: '${raw}'")
    endif()
endforeach()
if(synopsis STREQUAL "" OR options STREQUAL "" OR commands STREQUAL "")
    message(FATAL_ERROR "ManPage.cmake: the help text lacks a usage, options or commands section")
endif()
string(APPEND commands ".fi")
set(SYNOPSIS ".nf\n${synopsis}.fi")
string(STRIP "${options}" OPTIONS)
set(COMMANDS "${commands}")

# The release's date would be better than today's; CMake's TIMESTAMP honours SOURCE_DATE_EPOCH for
# reproducible builds.
string(TIMESTAMP DATE "%Y-%m-%d" UTC)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
