# One fuzz target's ctest run: EXE for RUNS runs with seed 1 over CORPUS and REGRESSIONS.
# libFuzzer writes new inputs into the first folder it is given and crash files to its
# artifact prefix, so both go under WORK (in the build folder), which starts empty each time:
# the committed corpus is never changed and every run starts from the same inputs.
# The same seed gives the same inputs only without ASLR (libFuzzer's comparison tables hold
# addresses) and without -reload (which rereads the new inputs on a timer).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/new ${WORK}/crashes)
set(folders ${WORK}/new ${CORPUS})
if(IS_DIRECTORY ${REGRESSIONS})
  list(APPEND folders ${REGRESSIONS})
endif()
set(launcher "")
execute_process(COMMAND setarch -R true RESULT_VARIABLE noAslr OUTPUT_QUIET ERROR_QUIET)
if(noAslr EQUAL 0)
  set(launcher setarch -R)
else()
  message(STATUS "setarch -R is not allowed here: the mutations may differ between runs")
endif()
execute_process(COMMAND ${launcher} ${EXE} -runs=${RUNS} -seed=1 -reload=0 -timeout=60
                        -print_final_stats=1 -artifact_prefix=${WORK}/crashes/ ${folders}
                RESULT_VARIABLE code)
if(NOT code EQUAL 0)
  file(GLOB crashes ${WORK}/crashes/*)
  message(FATAL_ERROR "${EXE} failed (${code}); the input that failed: ${crashes}\n"
                      "Reproduce with: ${EXE} <that file>; see docs/fuzzing.md")
endif()
