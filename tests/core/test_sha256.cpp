#include "core/util/Sha256.h"

#include <catch2/catch.hpp>

#include <string>

using km::Sha256;

// The first four vectors are the standard ones (FIPS 180-4 examples / NIST CSRC); the others
// are padding edge cases. All digests were checked with Python's hashlib.sha256.

TEST_CASE("SHA-256 of the standard test vectors", "[sha256]")
{
    CHECK(Sha256::of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(Sha256::of(std::string(1000000, 'a'))
          == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(Sha256::of("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
          == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("SHA-256 padding at block boundaries", "[sha256]")
{
    // 55 bytes: the length still fits in the block; 56: it does not; 64: exactly one block.
    CHECK(Sha256::of(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(Sha256::of(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(Sha256::of(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("SHA-256 fed in pieces equals the one-shot digest", "[sha256]")
{
    const std::string message(1000000, 'a');
    for (std::size_t piece : {1u, 7u, 63u, 64u, 65u, 1000u, 65536u}) {
        Sha256 hash;
        for (std::size_t pos = 0; pos < message.size(); pos += piece)
            hash.update(std::string_view(message).substr(pos, piece));
        CHECK(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}
