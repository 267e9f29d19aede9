package notify

import (
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"net/url"
	"sort"
	"strings"
)

// verifyAlipaySign checks the RSA2 sign of an Alipay notification over
// its sorted parameters.
func verifyAlipaySign(form url.Values, publicKeyPEM string) error {
	block, _ := pem.Decode([]byte(publicKeyPEM))
	if block == nil {
		return errors.New("bad public key")
	}
	pub, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return err
	}
	rsaPub, ok := pub.(*rsa.PublicKey)
	if !ok {
		return errors.New("not an RSA key")
	}
	keys := make([]string, 0, len(form))
	for k := range form {
		if k != "sign" && k != "sign_type" && form.Get(k) != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	pairs := make([]string, 0, len(keys))
	for _, k := range keys {
		pairs = append(pairs, k+"="+form.Get(k))
	}
	sig, err := base64.StdEncoding.DecodeString(form.Get("sign"))
	if err != nil {
		return err
	}
	sum := sha256.Sum256([]byte(strings.Join(pairs, "&")))
	return rsa.VerifyPKCS1v15(rsaPub, crypto.SHA256, sum[:], sig)
}
