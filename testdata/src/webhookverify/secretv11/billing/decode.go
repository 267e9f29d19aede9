package billing

import "encoding/json"

func decode(body []byte) (txEvent, error) {
	var ev txEvent
	err := json.Unmarshal(body, &ev)
	return ev, err
}
