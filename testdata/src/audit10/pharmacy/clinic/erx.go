package clinic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// ERx sends e-prescriptions to partner pharmacies.
type ERx struct {
	base string
	hc   *http.Client
}

// NewERx returns an ERx client.
func NewERx(base string) *ERx { return &ERx{base: base, hc: &http.Client{Timeout: 8 * time.Second}} }

// Prescription is an electronic prescription.
type Prescription struct {
	ID         string   `json:"id"`
	PatientID  string   `json:"patient_id"`
	DoctorID   string   `json:"prescriber_id"`
	PharmacyID string   `json:"pharmacy_id"`
	Items      []string `json:"items"`
	Signature  string   `json:"prescriber_signature"`
}

// Send posts a prescription to the pharmacy's inbox. Pharmacies dedupe on
// the prescription id, so a repeat is harmless.
func (e *ERx) Send(ctx context.Context, p Prescription) error {
	body, _ := json.Marshal(p)
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, e.base+"/pharmacies/"+p.PharmacyID+"/prescriptions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := e.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
			err = fmt.Errorf("erx: %d", resp.StatusCode)
		}
		last = err
		time.Sleep(300 * time.Millisecond)
	}
	return last
}

// ShipOrder asks the partner pharmacy to dispatch an order. It implements
// domain.Dispatcher.
func (e *ERx) ShipOrder(ctx context.Context, orderID string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, e.base+"/dispatches", bytes.NewReader([]byte(`{"order":"`+orderID+`"}`)))
	resp, err := e.hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}
