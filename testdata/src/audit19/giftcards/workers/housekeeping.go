package workers

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// MailStatus asks the e-mail provider whether code e-mails were delivered.
type MailStatus struct {
	API  string
	HTTP *http.Client
}

// Delivered polls one message until it is delivered or bounced.
func (m *MailStatus) Delivered(ctx context.Context, messageID string) (bool, error) {
	for i := 0; i < 20; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, m.API+"/v3/messages/"+messageID, nil)
		resp, err := m.HTTP.Do(req)
		if err != nil {
			return false, err
		}
		var st struct {
			Status string `json:"status"`
		}
		err = json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		if err != nil {
			return false, err
		}
		switch st.Status {
		case "delivered":
			return true, nil
		case "bounced", "dropped":
			return false, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return false, fmt.Errorf("mail %s: no final status", messageID)
}

// Catalogue mirrors partner brands (the stores whose cards we resell).
type Catalogue struct {
	PartnerAPI string
	HTTP       *http.Client
	Brands     *mongo.Collection
}

type brand struct {
	ID    string `json:"id" bson:"_id"`
	Name  string `json:"name" bson:"name"`
	Denom []int  `json:"denominations" bson:"denominations"`
}

// Sync pages through the partner catalogue and upserts every brand.
func (c *Catalogue) Sync() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	next := "/v2/brands?page=1"
	for next != "" {
		var page struct {
			Items []brand `json:"items"`
			Next  string  `json:"next"`
		}
		var err error
		for try := 0; try < 5; try++ {
			if err = c.fetch(ctx, next, &page); err == nil {
				break
			}
		}
		if err != nil {
			log.Printf("catalogue: %v", err)
			return
		}
		for _, b := range page.Items {
			_, err := c.Brands.UpdateOne(ctx, bson.M{"_id": b.ID}, bson.M{"$set": b}, &options.UpdateOptions{})
			if err != nil {
				log.Printf("catalogue: brand %s: %v", b.ID, err)
			}
		}
		next = page.Next
	}
}

func (c *Catalogue) fetch(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.PartnerAPI+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("partner: %s", resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
