package platform

import (
	"log/slog"
	"net/http"

	"github.com/mercadopago/sdk-go/pkg/webhook"
)

// MercadoPagoSignature rejects Mercado Pago notifications whose x-signature
// does not match the application's secret.
func MercadoPagoSignature(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			dataID := r.URL.Query().Get("data.id")
			if err := webhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), dataID, secret); err != nil {
				slog.Warn("mercadopago: bad signature", "err", err, "request_id", r.Header.Get("x-request-id"))
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
