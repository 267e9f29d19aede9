// Package clinic talks to the clinic's non-payment partners: the reference
// lab, the pharmacy wholesaler, the SMS gateway, the imaging archive and the
// national microchip registry.
package clinic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"

	"audit18/vet/domain"
)

// Lab reads results from the reference laboratory.
type Lab struct {
	Base string
	HC   *http.Client
}

type LabResult struct {
	SampleID string `json:"sample_id"`
	State    string `json:"state"`
	PDF      string `json:"pdf_url"`
}

// WaitForResult polls the lab until a sample's report is ready.
func (l *Lab) WaitForResult(ctx context.Context, sampleID string) (LabResult, error) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, l.Base+"/samples/"+sampleID, nil)
		resp, err := l.HC.Do(req)
		if err != nil {
			return LabResult{}, err
		}
		var r LabResult
		err = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		if err != nil {
			return LabResult{}, err
		}
		if r.State == "reported" || r.State == "rejected" {
			return r, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// Pharmacy orders medication from the wholesaler for a released prescription.
type Pharmacy struct {
	Base   string
	APIKey string
	HC     *http.Client
}

func (p *Pharmacy) SubmitOrder(ctx context.Context, prescriptionID string) error {
	body, _ := json.Marshal(map[string]string{"prescription": prescriptionID})
	for attempt := 0; attempt < 5; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.Base+"/v2/orders", bytes.NewReader(body))
		req.Header.Set("X-Api-Key", p.APIKey)
		resp, err := p.HC.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("wholesaler: order for %s not accepted", prescriptionID)
}

// SMS sends text messages through the gateway.
type SMS struct {
	Base  string
	Token string
	HC    *http.Client
}

func (s *SMS) Send(ctx context.Context, phone, text string) error {
	body, _ := json.Marshal(map[string]string{"to": phone, "body": text})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.Base+"/messages", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+s.Token)
	resp, err := s.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: %d", resp.StatusCode)
	}
	return nil
}

// SendReminders texts tomorrow's appointments; one message per appointment.
func SendReminders(ctx context.Context, n domain.Notifier, appts []domain.Consultation) int {
	sent := 0
	for _, a := range appts {
		if err := n.Send(ctx, a.OwnerPhone, "Reminder: your pet's appointment is tomorrow."); err == nil {
			sent++
		}
		time.Sleep(100 * time.Millisecond)
	}
	return sent
}

// Imaging uploads X-ray studies to the archive.
type Imaging struct {
	Base string
	HC   *http.Client
}

func (im *Imaging) Upload(ctx context.Context, studyID string, dicom []byte) error {
	return retry.Do(func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPut, im.Base+"/studies/"+studyID, bytes.NewReader(dicom))
		resp, err := im.HC.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode/100 != 2 {
			return fmt.Errorf("imaging: %d", resp.StatusCode)
		}
		return nil
	}, retry.Attempts(6), retry.Delay(200*time.Millisecond), retry.DelayType(retry.FixedDelay), retry.Context(ctx))
}

// Registry looks up microchip numbers.
type Registry struct {
	Base string
	HC   *http.Client
}

type ChipOwner struct {
	Chip  string `json:"chip"`
	Name  string `json:"keeper_name"`
	Phone string `json:"keeper_phone"`
}

func (r *Registry) Lookup(ctx context.Context, chip string) (ChipOwner, error) {
	var out ChipOwner
	var lastStatus int
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, r.Base+"/chips/"+chip, nil)
		resp, err := r.HC.Do(req)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return out, json.Unmarshal(b, &out)
			}
			lastStatus = resp.StatusCode
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return out, fmt.Errorf("registry: chip %s: status %d", chip, lastStatus)
}
