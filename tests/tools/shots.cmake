# kiosk-content shots on copies of the minimal fixture: with a Russian translation and Arabic,
# every card is shot in three languages at one size as a valid PNG of that size and the report
# is clean; at a window too small for the layouts, the labels cut there are reported, located.
# cmake -DEXE=kiosk-content -DKIOSK=kiosk -DFIXTURE=tests/fixtures/content/minimal
#       -DWORK=dir -P shots.cmake
file(REMOVE_RECURSE ${WORK})
set(content ${WORK}/content)
file(COPY ${FIXTURE}/ DESTINATION ${content})
file(READ ${FIXTURE}/exhibit.json exhibit)
string(REPLACE "\"rtl\": false}]"
  "\"rtl\": false}, {\"code\": \"ru\", \"name\": \"Русский\"}, {\"code\": \"ar\", \"name\": \"العربية\", \"rtl\": true}]"
  exhibit "${exhibit}")
string(REPLACE "{\"en\": \"Mediation Map (test)\"}"
  "{\"en\": \"Mediation Map (test)\", \"ru\": \"Карта посредничества\"}" exhibit "${exhibit}")
file(WRITE ${content}/exhibit.json "${exhibit}")
file(READ ${FIXTURE}/events.json events)
string(REPLACE "{\"en\": \"Palestinian factions meet in Cairo\"}"
  "{\"en\": \"Palestinian factions meet in Cairo\", \"ru\": \"Палестинские фракции встречаются в Каире\"}"
  events "${events}")
file(WRITE ${content}/events.json "${events}")

function(run_shots out expectCode)
  execute_process(COMMAND ${EXE} shots ${ARGN} ${out} --kiosk ${KIOSK}
                  RESULT_VARIABLE code OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
  if(NOT code EQUAL expectCode)
    message(FATAL_ERROR "shots exited ${code}, expected ${expectCode}:\n${stdout}${stderr}")
  endif()
  set(stdout "${stdout}" PARENT_SCOPE)
endfunction()

# A PNG: its signature, an IHDR of the expected size, and the IEND chunk at its very end.
function(check_png file width height)
  if(NOT EXISTS ${file})
    message(FATAL_ERROR "no screenshot ${file}")
  endif()
  file(READ ${file} head LIMIT 24 HEX)
  string(SUBSTRING "${head}" 0 32 signature)
  string(SUBSTRING "${head}" 32 8 w)
  string(SUBSTRING "${head}" 40 8 h)
  math(EXPR w "0x${w}")
  math(EXPR h "0x${h}")
  if(NOT signature STREQUAL "89504e470d0a1a0a0000000d49484452" OR NOT w EQUAL width
     OR NOT h EQUAL height)
    message(FATAL_ERROR "${file} is not a ${width}x${height} PNG (${head})")
  endif()
  file(SIZE ${file} size)
  math(EXPR tail "${size} - 12")
  file(READ ${file} last OFFSET ${tail} HEX)
  if(NOT last STREQUAL "0000000049454e44ae426082")
    message(FATAL_ERROR "${file} does not end with an IEND chunk")
  endif()
endfunction()

# Every card in three languages (Arabic has no translations here: English texts on a right-to-
# left screen, and the axis in Arabic, taller than the English track names): 18 shots, nothing
# clipped.
run_shots(${WORK}/out 0 ${content} --sizes 800x480)
if(NOT stdout MATCHES "^18 shots \\(6 cards, 3 languages, 1 sizes\\) in [0-9]+ s; 0 clipped texts in 0 shots\n")
  message(FATAL_ERROR "unexpected summary:\n${stdout}")
endif()
foreach(lang en ru ar)
  foreach(card event-cairo-dialogue-2021 event-delegation-moscow-2021 actor-mikhail-bogdanov
               actor-russia place-cairo place-moscow)
    check_png(${WORK}/out/800x480/${lang}/${card}.png 800 480)
  endforeach()
endforeach()
file(READ ${WORK}/out/report.txt report)
file(READ ${WORK}/out/index.html sheet)
if(NOT report MATCHES "0 clipped texts in 0 shots\n$" OR
   NOT sheet MATCHES "<img loading=\"lazy\" src=\"800x480/ru/place-moscow.png\"")
  message(FATAL_ERROR "report.txt or index.html is not as expected:\n${report}")
endif()

# Clipping, end to end: the exhibit's layouts are made for panels from 800x480 up, and at the
# smallest window it opens (320x320) some labels are cut. Each is reported, located by size,
# language and card, and the exit status is 1.
run_shots(${WORK}/out-small 1 ${content} --languages en --cards place:cairo --sizes 320x320)
if(NOT stdout MATCHES
   "^320x320 en place:cairo: \"[^\"\n]+\" is cut \\((truncated|outside its box by [0-9]+ px)\\)[^\n]*\n(320x320[^\n]*\n)*1 shots \\(1 cards, 1 languages, 1 sizes\\) in [0-9]+ s; [1-9][0-9]* clipped texts")
  message(FATAL_ERROR "the cut label is not reported as clipped:\n${stdout}")
endif()
check_png(${WORK}/out-small/320x320/en/place-cairo.png 320 320)
message(STATUS "ok")
