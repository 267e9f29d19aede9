package stripe

import "encoding/json"

type EventData struct {
	Object             map[string]interface{} `json:"-"`
	PreviousAttributes map[string]interface{} `json:"previous_attributes"`
	Raw                json.RawMessage        `json:"object"`
}

type Event struct {
	APIResource
	Account    string     `json:"account"`
	APIVersion string     `json:"api_version"`
	Created    int64      `json:"created"`
	Data       *EventData `json:"data"`
	ID         string     `json:"id"`
	Livemode   bool       `json:"livemode"`
	Type       string     `json:"type"`
}
