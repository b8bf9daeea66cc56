// rng.h — ActLab's own deterministic PRNG: the same seed gives the same data, initial weights,
// shuffles and dropout masks on every platform (never rand() or Math.random()).
//
// xoshiro128** (Blackman & Vigna 2018) seeded through SplitMix64. 32-bit state words keep it cheap in
// WASM; uniform floats take the top 24 bits, so every value is exactly representable.
#pragma once

#include <cmath>
#include <cstdint>

namespace actlab {

class Rng {
 public:
  explicit Rng(uint64_t seed = 1) { reseed(seed); }

  void reseed(uint64_t seed) {
    uint64_t z = seed;
    for (int i = 0; i < 4; i += 2) {
      uint64_t v = splitmix64(z);
      s_[i] = static_cast<uint32_t>(v);
      s_[i + 1] = static_cast<uint32_t>(v >> 32);
    }
    if ((s_[0] | s_[1] | s_[2] | s_[3]) == 0) s_[0] = 1;  // all-zero state is a fixed point
  }

  uint32_t next_u32() {
    const uint32_t result = rotl(s_[1] * 5, 7) * 9;
    const uint32_t t = s_[1] << 9;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 11);
    return result;
  }

  // Uniform in [0, 1), 24-bit resolution.
  float uniform() { return static_cast<float>(next_u32() >> 8) * 0x1p-24f; }
  // Uniform in [0, 1) as a double, 53-bit resolution (used by the data generators).
  double uniform_d() {
    const uint64_t hi = next_u32() >> 5, lo = next_u32() >> 6;  // 27 + 26 bits
    return static_cast<double>((hi << 26) | lo) * 0x1p-53;
  }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform_d(); }
  // Uniform integer in [0, n), n > 0 (Lemire's multiply-shift; bias < 2^-32 * n, irrelevant here).
  uint32_t below(uint32_t n) { return static_cast<uint32_t>((static_cast<uint64_t>(next_u32()) * n) >> 32); }
  // Standard normal (Marsaglia polar method; only sqrt and log, both correctly rounded or within
  // 1 ulp on glibc and musl, so native and WASM draw the same values to ~1e-16).
  double normal() {
    double u, v, s;
    do {
      u = 2.0 * uniform_d() - 1.0;
      v = 2.0 * uniform_d() - 1.0;
      s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    return u * std::sqrt(-2.0 * std::log(s) / s);
  }

  // Fisher–Yates shuffle of an index array.
  template <class I> void shuffle(I* idx, uint32_t n) {
    for (uint32_t i = n; i > 1; --i) {
      const uint32_t j = below(i);
      const I t = idx[i - 1];
      idx[i - 1] = idx[j];
      idx[j] = t;
    }
  }

 private:
  static uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
  static uint64_t splitmix64(uint64_t& x) {
    uint64_t z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  uint32_t s_[4];
};

}  // namespace actlab
