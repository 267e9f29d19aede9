package common

// LeftPadBytes zero-pads slice to the left up to length l.
func LeftPadBytes(slice []byte, l int) []byte { panic("stub") }

// Hex converts a hash to a hex string.
func (h Hash) Hex() string { panic("stub") }
