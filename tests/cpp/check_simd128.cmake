# check_simd128.cmake — proof that the WASM build runs the activation kernels on SIMD128.
#
#   cmake -DOBJDUMP=/usr/bin/wasm-objdump -DWASM=build/wasm/tests/cpp/actlab_tests.wasm -P check_simd128.cmake
#
# Disassembles the test binary (linked with --profiling-funcs, so function names survive) and finds
# the kernel drivers of activations.cpp by name: kernel_forward / kernel_backward /
# kernel_derivative / kernel_param_grad<actlab::kern::K_<token>>. Fails unless
#   * the hot kernels (forward and backward of tanh, sigmoid, gelu, relu) are there, and at least 60
#     kernel functions in all (binaryen may merge identical bodies, e.g. prelu's into leaky_relu's);
#   * every one of them contains f32x4 instructions — except kernel_forward<K_identity>, a copy,
#     which must move whole v128 vectors instead.
# A build with ACTLAB_SIMD=OFF (or without -msimd128) has neither and fails here.
cmake_minimum_required(VERSION 3.20)

if(NOT OBJDUMP OR NOT WASM)
  message(FATAL_ERROR "usage: cmake -DOBJDUMP=<wasm-objdump> -DWASM=<actlab_tests.wasm> -P check_simd128.cmake")
endif()
if(NOT EXISTS "${WASM}")
  message(FATAL_ERROR "check_simd128: ${WASM} does not exist")
endif()

get_filename_component(wasm_dir "${WASM}" DIRECTORY)
set(listing "${wasm_dir}/actlab_tests.disasm.txt")
execute_process(COMMAND "${OBJDUMP}" -d "${WASM}" OUTPUT_FILE "${listing}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check_simd128: ${OBJDUMP} -d failed (${rc}): ${err}")
endif()

# Only function headers and the instructions we count; brackets become parentheses so that CMake's
# list handling leaves the lines alone.
file(STRINGS "${listing}" lines REGEX "func\\[|f32x4\\.|v128\\.(load|store)")
file(REMOVE "${listing}")

set(current "")
set(kernels "")
set(f32x4_count 0)
set(v128_count 0)
set(bad "")

macro(close_function)
  if(current)
    if(current MATCHES "K_identity>" AND current MATCHES "kernel_forward<")
      if(v128_count EQUAL 0)
        list(APPEND bad "${current} (no v128 loads/stores)")
      endif()
    elseif(f32x4_count EQUAL 0)
      list(APPEND bad "${current} (no f32x4 instructions)")
    endif()
  endif()
endmacro()

foreach(line IN LISTS lines)
  string(REPLACE "[" "(" line "${line}")
  string(REPLACE "]" ")" line "${line}")
  if(line MATCHES "func\\(")
    close_function()
    set(current "")
    if(line MATCHES "(kernel_(forward|backward|derivative|param_grad)<actlab::kern::K_[a-z0-9_]+>)")
      set(current "${CMAKE_MATCH_1}")
      list(APPEND kernels "${current}")
    endif()
    set(f32x4_count 0)
    set(v128_count 0)
  elseif(current)
    if(line MATCHES "f32x4\\.")
      math(EXPR f32x4_count "${f32x4_count} + 1")
    else()
      math(EXPR v128_count "${v128_count} + 1")
    endif()
  endif()
endforeach()
close_function()

list(LENGTH kernels n_kernels)
set(missing "")
foreach(act tanh sigmoid gelu relu)
  foreach(kind forward backward)
    if(NOT "kernel_${kind}<actlab::kern::K_${act}>" IN_LIST kernels)
      list(APPEND missing "kernel_${kind}<actlab::kern::K_${act}>")
    endif()
  endforeach()
endforeach()

if(missing)
  string(REPLACE ";" "\n  " missing "${missing}")
  message(FATAL_ERROR "check_simd128: FAILED — kernel functions not found in ${WASM} (built without "
                      "--profiling-funcs, or renamed?):\n  ${missing}")
endif()
if(n_kernels LESS 60)
  message(FATAL_ERROR "check_simd128: FAILED — only ${n_kernels} kernel functions found in ${WASM}")
endif()
if(bad)
  list(LENGTH bad n_bad)
  string(REPLACE ";" "\n  " bad "${bad}")
  message(FATAL_ERROR "check_simd128: FAILED — ${n_bad} of ${n_kernels} kernels are not SIMD128:\n  ${bad}")
endif()
message(STATUS "check_simd128: all ${n_kernels} activation kernels in ${WASM} use SIMD128 (f32x4)")
