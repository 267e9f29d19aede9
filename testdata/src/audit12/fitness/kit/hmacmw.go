package kit

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// RequireHMAC is net/http middleware that checks a "t=<unix>,v1=<hex>"
// signature header made with Sign, and answers 401 when it does not match.
func RequireHMAC(secret []byte, header string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "unreadable body", http.StatusBadRequest)
				return
			}
			var ts int64
			var sig string
			for _, part := range strings.Split(r.Header.Get(header), ",") {
				k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
				switch k {
				case "t":
					ts, _ = strconv.ParseInt(v, 10, 64)
				case "v1":
					sig = v
				}
			}
			if err := VerifySigned(secret, ts, sig, body, 5*time.Minute); err != nil {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
