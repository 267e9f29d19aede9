package app

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"net/http"
)

// payPalOrders backs both the PayPal flow and the Mollie webhook.
type payPalOrders struct{ db *sql.DB }

func newPayPalOrders(db *sql.DB) *payPalOrders { return &payPalOrders{db: db} }

func (o *payPalOrders) Lookup(ctx context.Context, paypalOrderID string) (string, string, error) {
	var userID, courseID string
	err := o.db.QueryRowContext(ctx, `SELECT user_id, course_id FROM orders WHERE provider_ref = $1`, paypalOrderID).Scan(&userID, &courseID)
	return userID, courseID, err
}

func (o *payPalOrders) MarkPaid(ctx context.Context, paypalOrderID, captureID string) error {
	_, err := o.db.ExecContext(ctx, `UPDATE orders SET status = 'paid', capture_id = $2 WHERE provider_ref = $1`, paypalOrderID, captureID)
	return err
}

func (o *payPalOrders) Status(ctx context.Context, paypalOrderID string) (string, error) {
	var st string
	err := o.db.QueryRowContext(ctx, `SELECT status FROM orders WHERE provider_ref = $1`, paypalOrderID).Scan(&st)
	return st, err
}

func (o *payPalOrders) MarkPaidByPayment(ctx context.Context, paymentID string) error {
	_, err := o.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE provider_ref = $1`, paymentID)
	return err
}

// zoomVerify checks Zoom's x-zm-signature (v0:ts:body, HMAC-SHA256).
func zoomVerify(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write([]byte("v0:" + r.Header.Get("x-zm-request-timestamp") + ":"))
			mac.Write(body)
			want := "v0=" + hex.EncodeToString(mac.Sum(nil))
			if !hmac.Equal([]byte(want), []byte(r.Header.Get("x-zm-signature"))) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
