package alipayhertz

import (
	"crypto"
	"crypto/md5"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/url"
	"sort"
	"strings"
)

// verifyAlipaySign checks Alipay's RSA2 signature over the sorted params.
func verifyAlipaySign(values url.Values, pub *rsa.PublicKey) error {
	sig, err := base64.StdEncoding.DecodeString(values.Get("sign"))
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		if k == "sign" || k == "sign_type" {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+values.Get(k))
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "&")))
	return rsa.VerifyPKCS1v15(pub, crypto.SHA256, sum[:], sig)
}

// wechatSign is WeChat Pay v2's MD5 sign of the sorted params and the key.
func wechatSign(params map[string]string, apiKey string) string {
	keys := make([]string, 0, len(params))
	for k, v := range params {
		if k != "sign" && v != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + "=" + params[k] + "&")
	}
	b.WriteString("key=" + apiKey)
	sum := md5.Sum([]byte(b.String()))
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

var errBadSign = errors.New("bad sign")
