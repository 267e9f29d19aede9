package harbour

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/sethvargo/go-retry"

	"audit19/marina/store"
)

// Master notifies the harbour master's office.
type Master struct {
	hc      *http.Client
	baseURL string
}

// NewMaster returns the harbour master client.
func NewMaster(hc *http.Client, baseURL string) *Master { return &Master{hc: hc, baseURL: baseURL} }

// AnnounceArrivals tells the harbour master which boats arrive today.
func (m *Master) AnnounceArrivals(ctx context.Context, bookings []store.Booking) error {
	for _, bk := range bookings {
		body, _ := json.Marshal(map[string]string{"berth": bk.BerthID, "booking": bk.ID})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.baseURL+"/arrivals", bytesReader(body))
		if err != nil {
			return err
		}
		resp, err := m.hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}

// FuelPrices reads the current diesel price set by the harbour office.
type FuelPrices struct {
	hc      *http.Client
	baseURL string
}

// NewFuelPrices returns the price client.
func NewFuelPrices(hc *http.Client, baseURL string) *FuelPrices {
	return &FuelPrices{hc: hc, baseURL: baseURL}
}

// CentsPerLitre returns today's diesel price.
func (f *FuelPrices) CentsPerLitre(ctx context.Context) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.baseURL+"/fuel/diesel", nil)
	if err != nil {
		return 0, err
	}
	resp, err := f.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Cents int64 `json:"cents_per_litre"`
	}
	return out.Cents, json.NewDecoder(resp.Body).Decode(&out)
}

// FuelLog keeps litres sold per terminal checkout.
type FuelLog struct {
	pool *pgxpool.Pool
}

// NewFuelLog returns the fuel log.
func NewFuelLog(pool *pgxpool.Pool) *FuelLog { return &FuelLog{pool: pool} }

// AddLitres records the litres of a checkout (once per checkout).
func (l *FuelLog) AddLitres(ctx context.Context, checkoutID string, litres float64) error {
	_, err := l.pool.Exec(ctx, `INSERT INTO fuel_log (checkout_id, litres) VALUES ($1, $2)
		ON CONFLICT (checkout_id) DO UPDATE SET litres = EXCLUDED.litres`, checkoutID, litres)
	return err
}

// Documents uploads boat papers (registration, insurance) to the archive.
type Documents struct {
	hc      *http.Client
	baseURL string
}

// NewDocuments returns the archive client.
func NewDocuments(hc *http.Client, baseURL string) *Documents {
	return &Documents{hc: hc, baseURL: baseURL}
}

// Upload stores a scanned document for a booking.
func (d *Documents) Upload(ctx context.Context, bookingID, kind string, pdf []byte) error {
	return retry.Constant(ctx, 100*time.Millisecond, func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut,
			fmt.Sprintf("%s/boats/%s/%s.pdf", d.baseURL, bookingID, kind), bytesReader(pdf))
		if err != nil {
			return err
		}
		resp, err := d.hc.Do(req)
		if err != nil {
			return retry.RetryableError(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			return retry.RetryableError(fmt.Errorf("archive: %d", resp.StatusCode))
		}
		return nil
	})
}

// Mailer sends booking mail through the marina's relay.
type Mailer struct {
	addr string
	from string
	auth smtp.Auth
}

// NewMailer returns the mailer.
func NewMailer(addr, from string, auth smtp.Auth) *Mailer {
	return &Mailer{addr: addr, from: from, auth: auth}
}

// SendReceipt mails the booking receipt to the skipper.
func (m *Mailer) SendReceipt(bk *store.Booking) error {
	msg := fmt.Sprintf("Subject: Your berth %s is booked\r\n\r\nBooking %s, %d.%02d %s paid.\r\n",
		bk.BerthID, bk.ID, bk.AmountCents/100, bk.AmountCents%100, bk.Currency)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{bk.SkipperEmail}, []byte(msg))
}
