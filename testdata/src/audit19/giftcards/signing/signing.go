// Package signing verifies provider webhook signatures.
package signing

import (
	"crypto"
	"crypto/hmac"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"errors"
)

// ErrBadSignature is returned for a missing or wrong signature.
var ErrBadSignature = errors.New("bad webhook signature")

// CheckHMAC verifies a hex HMAC-SHA256 of body (Checkout.com's Cko-Signature).
func CheckHMAC(secret string, body []byte, sigHex string) error {
	got, err := hex.DecodeString(sigHex)
	if err != nil || len(got) == 0 {
		return ErrBadSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), got) {
		return ErrBadSignature
	}
	return nil
}

// RSAVerifier checks Wise's X-Signature-SHA256 header.
type RSAVerifier struct{ pub *rsa.PublicKey }

// NewRSAVerifier parses Wise's PEM public key.
func NewRSAVerifier(pemKey []byte) (*RSAVerifier, error) {
	blk, _ := pem.Decode(pemKey)
	if blk == nil {
		return nil, errors.New("signing: no PEM block")
	}
	k, err := x509.ParsePKIXPublicKey(blk.Bytes)
	if err != nil {
		return nil, err
	}
	pub, ok := k.(*rsa.PublicKey)
	if !ok {
		return nil, errors.New("signing: not an RSA key")
	}
	return &RSAVerifier{pub: pub}, nil
}

// Verify checks the base64 signature of body.
func (v *RSAVerifier) Verify(body []byte, sigB64 string) error {
	sig, err := base64.StdEncoding.DecodeString(sigB64)
	if err != nil || len(sig) == 0 {
		return ErrBadSignature
	}
	sum := sha256.Sum256(body)
	if err := rsa.VerifyPKCS1v15(v.pub, crypto.SHA256, sum[:], sig); err != nil {
		return ErrBadSignature
	}
	return nil
}
