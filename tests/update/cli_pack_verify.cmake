# kiosk-content pack and verify end to end with a real minisign key.
# cmake -DEXE=kiosk-content -DFIXTURE=content-folder -DWORK=scratch-folder -P cli_pack_verify.cmake
find_program(MINISIGN minisign)
if(NOT MINISIGN)
  message(FATAL_ERROR "the minisign program is not installed; this test needs it (apt-get install minisign)")
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

# Runs the command (a list) and checks its exit code and that the output matches `pattern`.
function(expect code pattern)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE got OUTPUT_VARIABLE out ERROR_VARIABLE err
                  INPUT_FILE /dev/null)
  if(NOT got EQUAL code)
    message(FATAL_ERROR "${ARGN}\nexit ${got}, expected ${code}\n${out}${err}")
  endif()
  if(NOT "${out}${err}" MATCHES "${pattern}")
    message(FATAL_ERROR "${ARGN}\noutput does not match '${pattern}':\n${out}${err}")
  endif()
endfunction()

set(pkg ${WORK}/exhibit-content)
expect(0 "" ${MINISIGN} -G -W -p ${WORK}/key.pub -s ${WORK}/key.sec)
expect(0 "minisign -S -s ${WORK}/key.sec -m ${pkg}/manifest.json -t \"content version 1"
       ${EXE} pack ${FIXTURE} ${pkg} --key ${WORK}/key.sec)
expect(1 "exists and is not empty" ${EXE} pack ${FIXTURE} ${pkg})
expect(2 "pack needs SRC_DIR and OUT_DIR" ${EXE} pack ${FIXTURE})
expect(1 "refused \\(not-signed\\)" ${EXE} verify ${pkg} --pubkey ${WORK}/key.pub)
expect(0 "" ${MINISIGN} -S -s ${WORK}/key.sec -m ${pkg}/manifest.json -t "cli test")
expect(0 "ok: content version 1 for exhibit mediation-map, 9 files.*trusted comment: cli test"
       ${EXE} verify ${pkg} --pubkey ${WORK}/key.pub)
expect(0 "ok: content version 1" ${EXE} verify ${WORK} --pubkey ${WORK}/key.pub)  # a stick root
# The key file as Notepad saves it (a BOM, CRLF): minisign accepts it, and so does verify.
file(READ ${WORK}/key.pub key_text)
string(REPLACE "\n" "\r\n" key_text "${key_text}")
string(ASCII 239 187 191 bom)
file(WRITE ${WORK}/windows.pub "${bom}${key_text}")
expect(0 "ok: content version 1" ${EXE} verify ${pkg} --pubkey ${WORK}/windows.pub)
expect(1 "refused \\(not-newer\\)" ${EXE} verify ${pkg} --pubkey ${WORK}/key.pub --current-version 1)
expect(1 "refused \\(wrong-exhibit\\)" ${EXE} verify ${pkg} --pubkey ${WORK}/key.pub --exhibit-id other)
expect(2 "which key" ${EXE} verify ${pkg})
expect(2 "--pubkey" ${EXE} verify ${pkg} --pubkey ${WORK}/no-such-key)
expect(0 "--current-version" ${EXE} help verify)
file(APPEND ${pkg}/tours.json " ")
expect(1 "refused \\(size-mismatch\\): tours.json" ${EXE} verify ${pkg} --pubkey ${WORK}/key.pub)
expect(0 "packed export-request for exhibit mediation-map"
       ${EXE} pack --export-request usage-export ${WORK}/export-request)
expect(0 "packed rollback version 3" ${EXE} pack --rollback-to 3 ${WORK}/rollback-request)
file(REMOVE_RECURSE ${WORK})
