// Package epay signs the parameters of an Epay (易支付) gateway: the MD5
// of the parameters sorted by name (sign, sign_type and empty values left
// out), joined as a=b&c=d, followed by the merchant key.
package epay

import (
	"crypto/md5"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

// Sign is the lower-case hex MD5 sign of params under key.
func Sign(params url.Values, key string) string {
	names := make([]string, 0, len(params))
	for k := range params {
		if k == "sign" || k == "sign_type" || params.Get(k) == "" {
			continue
		}
		names = append(names, k)
	}
	sort.Strings(names)
	pairs := make([]string, 0, len(names))
	for _, k := range names {
		pairs = append(pairs, k+"="+params.Get(k))
	}
	sum := md5.Sum([]byte(strings.Join(pairs, "&") + key))
	return hex.EncodeToString(sum[:])
}
