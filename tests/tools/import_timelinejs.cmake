# kiosk-content import timelinejs: the import of a fixture writes exactly the expected files
# and prints exactly the expected report, and the folder validates.
# cmake -DEXE=kiosk-content -DFIXTURES=tests/fixtures/foreign -DSOURCE=sheet.csv
#       -DEXPECTED=expected-sheet -DWORK=dir -P import_timelinejs.cmake
file(REMOVE_RECURSE ${WORK})
# Run from the fixtures' folder so that the report names the file as the expected one does.
execute_process(COMMAND ${EXE} import timelinejs ${SOURCE} ${WORK} --version-date 2026-11-30
                WORKING_DIRECTORY ${FIXTURES} RESULT_VARIABLE code OUTPUT_VARIABLE report
                ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "import exited ${code}\n${report}${err}")
endif()
file(READ ${FIXTURES}/${EXPECTED}/report.txt expected)
if(NOT report STREQUAL expected)
  message(FATAL_ERROR "the report differs from ${EXPECTED}/report.txt:\n${report}")
endif()
file(GLOB_RECURSE wanted RELATIVE ${FIXTURES}/${EXPECTED} ${FIXTURES}/${EXPECTED}/*)
list(REMOVE_ITEM wanted report.txt)
file(GLOB_RECURSE written RELATIVE ${WORK} ${WORK}/*)
if(NOT wanted STREQUAL written)
  message(FATAL_ERROR "wrote ${written}, expected ${wanted}")
endif()
foreach(f ${wanted})
  file(SHA256 ${FIXTURES}/${EXPECTED}/${f} a)
  file(SHA256 ${WORK}/${f} b)
  if(NOT a STREQUAL b)
    file(READ ${WORK}/${f} got)
    message(FATAL_ERROR "${f} differs from ${EXPECTED}/${f}:\n${got}")
  endif()
endforeach()
execute_process(COMMAND ${EXE} validate ${WORK} RESULT_VARIABLE code OUTPUT_VARIABLE out)
if(NOT code EQUAL 0 OR NOT out MATCHES "; 0 errors, 0 warnings\n$")
  message(FATAL_ERROR "the imported folder does not validate cleanly:\n${out}")
endif()
message(STATUS "ok")
