package fleet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/jmoiron/sqlx"
)

// LicenceChecker verifies driving licences with an identity vendor.
type LicenceChecker struct {
	base   string
	apiKey string
	hc     *http.Client
	db     *sqlx.DB
}

// NewLicenceChecker returns a LicenceChecker.
func NewLicenceChecker(base, apiKey string, db *sqlx.DB) *LicenceChecker {
	return &LicenceChecker{base: base, apiKey: apiKey, hc: &http.Client{Timeout: 10 * time.Second}, db: db}
}

type check struct {
	ID     string `json:"id"`
	Status string `json:"status"` // pending, verified, rejected
	URL    string `json:"hosted_url"`
}

// Start opens a hosted licence check for a driver and returns its URL.
func (l *LicenceChecker) Start(ctx context.Context, driverID string) (string, error) {
	body, _ := json.Marshal(map[string]string{
		"reference":  driverID,
		"return_url": "https://rent.example.com/drivers/licence/complete?driver=" + driverID,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.base+"/v1/checks", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("X-Api-Key", l.apiKey)
	resp, err := l.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var c check
	if err := json.NewDecoder(resp.Body).Decode(&c); err != nil {
		return "", err
	}
	l.db.MustExecContext(ctx, `UPDATE drivers SET licence_check = $2 WHERE id = $1`, driverID, c.ID)
	return c.URL, nil
}

// Await polls a licence check until the vendor decides, for the counter
// app's pick-up screen.
func (l *LicenceChecker) Await(ctx context.Context, checkID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, l.base+"/v1/checks/"+checkID, nil)
		if err != nil {
			return "", err
		}
		req.Header.Set("X-Api-Key", l.apiKey)
		resp, err := l.hc.Do(req)
		if err != nil {
			return "", err
		}
		var c check
		err = json.NewDecoder(resp.Body).Decode(&c)
		resp.Body.Close()
		if err != nil {
			return "", err
		}
		if c.Status != "pending" {
			return c.Status, nil
		}
		select {
		case <-ctx.Done():
			return "pending", nil
		case <-time.After(time.Second):
		}
	}
}

// Complete is the vendor's return page after the driver has scanned the
// licence; it marks the driver ready for pick-up.
func (l *LicenceChecker) Complete(w http.ResponseWriter, r *http.Request) {
	driver := r.URL.Query().Get("driver")
	if r.URL.Query().Get("result") == "success" {
		l.db.MustExecContext(r.Context(), `UPDATE drivers SET licence_state = 'submitted' WHERE id = $1`, driver)
	}
	http.Redirect(w, r, "/drivers/"+driver, http.StatusSeeOther)
}

// Routes mounts the licence endpoints.
func (l *LicenceChecker) Routes(r chi.Router) {
	r.Get("/licence/complete", l.Complete)
	r.Post("/licence/{driver}/start", func(w http.ResponseWriter, r *http.Request) {
		u, err := l.Start(r.Context(), chi.URLParam(r, "driver"))
		if err != nil {
			http.Error(w, fmt.Sprint(err), http.StatusBadGateway)
			return
		}
		http.Redirect(w, r, u, http.StatusSeeOther)
	})
}
