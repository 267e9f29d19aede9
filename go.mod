module github.com/paylint/paylint

go 1.26.0

require (
	go.yaml.in/yaml/v3 v3.0.5
	golang.org/x/tools v0.52.0
)
