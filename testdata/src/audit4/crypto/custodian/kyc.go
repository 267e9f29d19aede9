package custodian

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// KYCClient submits applicants to the identity-verification vendor.
type KYCClient struct {
	BaseURL string
	Token   string
	HTTP    *http.Client
}

type applicant struct {
	ExternalUserID string `json:"externalUserId"`
	Country        string `json:"country"`
	Email          string `json:"email"`
}

// CreateApplicant is not a payment: retrying it with a short pause on any
// failure is what the vendor's own SDK does.
func (k *KYCClient) CreateApplicant(userID, country, email string) error {
	body, _ := json.Marshal(applicant{ExternalUserID: userID, Country: country, Email: email})
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequest(http.MethodPost, k.BaseURL+"/resources/applicants", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+k.Token)
		resp, err := k.HTTP.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			resp.Body.Close()
			return nil
		}
		if err == nil {
			resp.Body.Close()
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("kyc: applicant %s not created", userID)
}
