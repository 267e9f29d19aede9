// Package common is a stub of github.com/ethereum/go-ethereum/common
// (v1.15.11): only what paylint's tests use.
package common

// HashLength is the length of a hash.
const HashLength = 32

// AddressLength is the length of an address.
const AddressLength = 20

// Hash is a Keccak256 hash.
type Hash [HashLength]byte

// Address is an account address.
type Address [AddressLength]byte

// HexToHash parses a hex hash.
func HexToHash(s string) Hash { panic("stub") }

// HexToAddress returns Address with byte values of s (v1.15.11 common/types.go).
func HexToAddress(s string) Address { panic("stub") }
