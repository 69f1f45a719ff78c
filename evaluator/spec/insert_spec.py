"""Inserts the improve part's paths, tag and schemas into http/openapi.yaml
(idempotent: an existing improve section is replaced). Run under
`flock /tmp/openapi.lock`, then `go generate ./http/oapi`."""
import re, sys

SPEC = "http/openapi.yaml"
CONFIG = "http/oapi/server.config.yaml"

TAG = """  - name: improve
    description: Contributions, evaluations, receipts and the seed's SDK calls (served by package evaluator through cmd/hokusai/serve_improve.go).
"""

PATHS = """  # ---- improve paths: served by package evaluator (cmd/hokusai/serve_improve.go) ----
  /v1/models/{id}/setup:
    put:
      tags: [improve]
      operationId: putModelSetup
      summary: Set a model's benchmark, initial training data and training recipe (register_model's data part).
      description: |
        The body is signed by the model's owner: header X-Hokusai-Signature holds the EIP-191
        personal_sign signature of the body's sha256. The benchmark is split by seed and dev_percent
        into a public dev split and a hidden test split the evaluator keeps. The protocol admin gives
        the model its mint budget (tokens per DeltaOne × expected DeltaOnes) the first time. Once a
        contribution was accepted the setup is fixed (409).
      parameters:
        - $ref: "#/components/parameters/ModelRef"
        - $ref: "#/components/parameters/BodySignature"
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/SetupRequest"
      responses:
        "200":
          description: The stored setup.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/SetupResponse"
        "400":
          $ref: "#/components/responses/BadRequest"
        "401":
          $ref: "#/components/responses/Unauthorized"
        "403":
          $ref: "#/components/responses/Forbidden"
        "404":
          $ref: "#/components/responses/NotFound"
        "409":
          $ref: "#/components/responses/Conflict"
        default:
          $ref: "#/components/responses/DefaultError"
  /v1/models/{id}/contributions:
    post:
      tags: [improve]
      operationId: createContribution
      summary: Submit rows (CSV with a header, or JSONL) to improve a model.
      description: |
        Signed by the contributor (X-Hokusai-Signature over the body's sha256), whose address is paid.
        Rows are validated against the model's input schema (errors name the row and field), scanned
        for personal data under the model's policy, digested and de-duplicated. Rows that copy the
        hidden test split make the contribution rejected with reason LEAKAGE. The same
        Idempotency-Key and body return the stored contribution (200); the same key with another
        body is 409.
      parameters:
        - $ref: "#/components/parameters/ModelRef"
        - $ref: "#/components/parameters/BodySignature"
        - $ref: "#/components/parameters/IdempotencyKey"
        - name: format
          in: query
          description: csv or jsonl (default from Content-Type, else sniffed).
          schema:
            type: string
            enum: [csv, jsonl]
        - name: contributor
          in: query
          description: The contributor's address; must be the signer (default the signer).
          schema:
            type: string
      requestBody:
        required: true
        content:
          text/csv:
            schema:
              type: string
          application/x-ndjson:
            schema:
              type: string
          application/json:
            schema:
              $ref: "#/components/schemas/VersionSubmission"
      responses:
        "201":
          description: Stored; the evaluator takes it next.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Contribution"
        "200":
          description: A retry with the same idempotency key and body.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Contribution"
        "400":
          $ref: "#/components/responses/BadRequest"
        "401":
          $ref: "#/components/responses/Unauthorized"
        "403":
          $ref: "#/components/responses/Forbidden"
        "404":
          $ref: "#/components/responses/NotFound"
        "409":
          $ref: "#/components/responses/Conflict"
        "429":
          $ref: "#/components/responses/RateLimited"
        default:
          $ref: "#/components/responses/DefaultError"
    get:
      tags: [improve]
      operationId: listContributions
      summary: A model's contributions, oldest first.
      parameters:
        - $ref: "#/components/parameters/ModelRef"
      responses:
        "200":
          description: The contributions.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ContributionList"
        "404":
          $ref: "#/components/responses/NotFound"
        default:
          $ref: "#/components/responses/DefaultError"
  /v1/contributions/{id}:
    get:
      tags: [improve]
      operationId: getContribution
      summary: A contribution's lifecycle (received → evaluating → accepted | rejected) with its evaluation.
      parameters:
        - $ref: "#/components/parameters/NumericID"
      responses:
        "200":
          description: The contribution.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ContributionView"
        "400":
          $ref: "#/components/responses/BadRequest"
        "404":
          $ref: "#/components/responses/NotFound"
        default:
          $ref: "#/components/responses/DefaultError"
  /v1/evaluations/{id}:
    get:
      tags: [improve]
      operationId: getEvaluation
      summary: An evaluation (F12 decision, weights, signed receipt, mint).
      parameters:
        - $ref: "#/components/parameters/NumericID"
      responses:
        "200":
          description: The evaluation.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Evaluation"
        "400":
          $ref: "#/components/responses/BadRequest"
        "404":
          $ref: "#/components/responses/NotFound"
        default:
          $ref: "#/components/responses/DefaultError"
  /v1/receipts/{hash}:
    get:
      tags: [improve]
      operationId: getReceipt
      summary: A signed evaluation receipt (F15) by its hash, exactly as signed.
      parameters:
        - name: hash
          in: path
          required: true
          description: 0x and 64 hex digits (keccak256 of the receipt's canonical JSON).
          schema:
            type: string
      responses:
        "200":
          description: The receipt (hokusai-receipt/1; see eval/README.md).
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Receipt"
        "400":
          $ref: "#/components/responses/BadRequest"
        "404":
          $ref: "#/components/responses/NotFound"
        default:
          $ref: "#/components/responses/DefaultError"
  /v1/evaluator:
    get:
      tags: [improve]
      operationId: getEvaluator
      summary: Who signs receipts and which attesters this server runs.
      responses:
        "200":
          description: The evaluator.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/EvaluatorInfo"
        default:
          $ref: "#/components/responses/DefaultError"
  /v1/models/{id}/contract_integration:
    get:
      tags: [improve]
      operationId: verifyContractIntegration
      summary: The seed's verify_contract_integration.
      description: Checks token_creation, verifier_setup, manager_configuration and reward_distribution.
      parameters:
        - $ref: "#/components/parameters/ModelRef"
      responses:
        "200":
          description: The checks; ok is true when all pass.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/IntegrationReport"
        "404":
          $ref: "#/components/responses/NotFound"
        default:
          $ref: "#/components/responses/DefaultError"
  /v1/attestations:
    get:
      tags: [improve]
      operationId: listAttestations
      summary: The claims waiting for a registered attester's signature (remote `hokusai attest`).
      description: |
        Claims carry the benchmark with its hidden test split, so the attester proves its address:
        X-Hokusai-Timestamp (unix seconds, within five minutes) and X-Hokusai-Signature, the
        personal_sign signature of the sha256 of the three lines "hokusai attestations", the lowercase address and the timestamp, joined by newlines.
        Only claims of models that register the attester on the verifier are listed.
      parameters:
        - name: attester
          in: query
          required: true
          schema:
            type: string
        - name: X-Hokusai-Timestamp
          in: header
          required: true
          schema:
            type: integer
            format: int64
        - $ref: "#/components/parameters/BodySignature"
      responses:
        "200":
          description: The open claims.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ClaimList"
        "400":
          $ref: "#/components/responses/BadRequest"
        "401":
          $ref: "#/components/responses/Unauthorized"
        default:
          $ref: "#/components/responses/DefaultError"
  /v1/attestations/{key}:
    post:
      tags: [improve]
      operationId: deliverAttestation
      summary: Hand back an attester's EIP-712 signature of an open claim's mint request.
      parameters:
        - name: key
          in: path
          required: true
          description: The request's idempotency key (0x and 64 hex digits).
          schema:
            type: string
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/MintSignature"
      responses:
        "200":
          description: Accepted.
          content:
            application/json:
              schema:
                type: object
                required: [accepted, signer]
                properties:
                  accepted: {type: boolean}
                  signer: {type: string}
        "400":
          $ref: "#/components/responses/BadRequest"
        "404":
          $ref: "#/components/responses/NotFound"
        default:
          $ref: "#/components/responses/DefaultError"
  # ---- end improve paths ----
"""

PARAMS = """    BodySignature:
      name: X-Hokusai-Signature
      in: header
      required: true
      description: 0x-hex EIP-191 personal_sign signature (65 bytes) of the request body's sha256.
      schema:
        type: string
    NumericID:
      name: id
      in: path
      required: true
      description: A positive integer id.
      schema:
        type: integer
        format: int64
"""

SCHEMAS = """    # ---- improve schemas ----
    TrainingRecipe:
      type: object
      required: [runtime, target, l2, seed]
      properties:
        runtime: {type: string, enum: [linear, softmax]}
        objective: {type: string, enum: [logistic, regression, softmax]}
        target: {type: string}
        features: {type: array, items: {type: string}}
        categorical: {type: array, items: {type: string}}
        l2: {type: number}
        max_iterations: {type: integer}
        grad_tol: {type: number}
        seed: {type: integer, format: int64}
    IntakePolicy:
      type: object
      required: [pii, max_open, max_rows]
      properties:
        pii: {type: string, enum: ["", reject, allow]}
        max_open: {type: integer, description: "open contributions per contributor (0: 5)"}
        max_rows: {type: integer, description: "rows per contribution (0: 100,000)"}
    SetupRequest:
      type: object
      required: [recipe, seed, dev_percent, policy, benchmark]
      properties:
        recipe: {$ref: "#/components/schemas/TrainingRecipe"}
        seed: {type: integer, format: uint64}
        dev_percent: {type: integer}
        resamples: {type: integer}
        policy: {$ref: "#/components/schemas/IntakePolicy"}
        benchmark: {type: string, description: CSV or JSONL of the whole benchmark}
        training: {type: string, description: "CSV or JSONL of the owner's initial training rows"}
        initial_rows: {type: integer, description: or train on the first N dev rows}
    SetupResponse:
      type: object
      required: [model_id, baseline_score, head_score, metric, test_digest, dev_digest, test_rows, training_rows]
      properties:
        model_id: {type: integer, format: uint64}
        baseline_score: {type: number}
        head_score: {type: string}
        metric: {type: string}
        test_digest: {type: string}
        dev_digest: {type: string}
        test_rows: {type: integer}
        training_rows: {type: integer}
        budget: {type: string, description: token wei, when this call set the budget}
    Contribution:
      type: object
      required: [id, model_id, contributor, digest, format, rows, status, created_at, updated_at]
      properties:
        id: {type: integer, format: int64}
        model_id: {type: integer, format: uint64}
        contributor: {type: string}
        idempotency_key: {type: string}
        digest: {type: string}
        format: {type: string}
        rows: {type: integer}
        status: {type: string, enum: [received, evaluating, accepted, rejected]}
        reason_code: {type: string, description: "NO_IMPROVEMENT, NOT_SIGNIFICANT, WORSE, DUPLICATE, LEAKAGE, BUDGET, NOT_REPRODUCED or MINT_FAILED"}
        reason: {type: string}
        evaluation_id: {type: integer, format: int64}
        mint_tx: {type: string}
        delta_ones: {type: string}
        reward: {type: string, description: token wei minted to this contributor}
        candidate_digest: {type: string, description: the submitted model version, when there is one}
        created_at: {type: string, format: date-time}
        updated_at: {type: string, format: date-time}
    VersionSubmission:
      type: object
      description: Rows with the improved model version trained on them (built-in linear/softmax model file).
      required: [rows]
      properties:
        format: {type: string, enum: [csv, jsonl]}
        rows: {type: string}
        candidate:
          type: object
          additionalProperties: true
    ContributionList:
      type: object
      required: [data]
      properties:
        data:
          type: array
          items: {$ref: "#/components/schemas/Contribution"}
    ContributionView:
      allOf:
        - $ref: "#/components/schemas/Contribution"
        - type: object
          properties:
            evaluation: {$ref: "#/components/schemas/Evaluation"}
    ContributionWeight:
      type: object
      required: [contribution, contributor, bps, value]
      properties:
        contribution: {type: integer, format: int64}
        contributor: {type: string}
        bps: {type: integer}
        value: {type: number}
    Evaluation:
      type: object
      required: [id, model_id, contributions, head_score, baseline_score, candidate_score, improvement, lower95, delta_ones, threshold, decision, training_rows, new_rows, test_rows, baseline_digest, candidate_digest, receipt, receipt_hash, created_at]
      properties:
        id: {type: integer, format: int64}
        model_id: {type: integer, format: uint64}
        contributions: {type: array, items: {type: integer, format: int64}}
        head_score: {type: string, description: wad of the on-chain head evaluated against}
        baseline_score: {type: number}
        candidate_score: {type: number}
        improvement: {type: number}
        lower95: {type: number}
        delta_ones: {type: string}
        threshold: {type: string}
        decision: {type: string, enum: [mint, reject]}
        reason_code: {type: string}
        reason: {type: string}
        method: {type: string, enum: [single, shapley, leave-one-out]}
        weights: {type: array, items: {$ref: "#/components/schemas/ContributionWeight"}}
        training_rows: {type: integer}
        new_rows: {type: integer}
        test_rows: {type: integer}
        baseline_digest: {type: string}
        candidate_digest: {type: string}
        receipt: {$ref: "#/components/schemas/Receipt"}
        receipt_hash: {type: string}
        mint_tx: {type: string}
        reward: {type: string}
        mint_state: {type: string, enum: [pending, confirmed, abandoned]}
        created_at: {type: string, format: date-time}
    Receipt:
      type: object
      description: An evaluation receipt, hokusai-receipt/1 (eval/README.md).
      additionalProperties: true
    EvaluatorInfo:
      type: object
      required: [evaluator, attesters, verifier]
      properties:
        evaluator: {type: string}
        attesters: {type: array, items: {type: string}}
        verifier: {type: string}
    IntegrationCheck:
      type: object
      required: [ok, detail]
      properties:
        ok: {type: boolean}
        detail: {type: string}
    IntegrationReport:
      type: object
      required: [model_id, ok, token_creation, verifier_setup, manager_configuration, reward_distribution]
      properties:
        model_id: {type: integer, format: uint64}
        ok: {type: boolean}
        token_creation: {$ref: "#/components/schemas/IntegrationCheck"}
        verifier_setup: {$ref: "#/components/schemas/IntegrationCheck"}
        manager_configuration: {$ref: "#/components/schemas/IntegrationCheck"}
        reward_distribution: {$ref: "#/components/schemas/IntegrationCheck"}
    Claim:
      type: object
      description: A mint request with its receipt, setup and data (evaluator.Claim), for attesters.
      additionalProperties: true
    ClaimList:
      type: object
      required: [data]
      properties:
        data:
          type: array
          items: {$ref: "#/components/schemas/Claim"}
    MintSignature:
      type: object
      required: [Signer, R, S, V]
      properties:
        Signer: {type: string}
        R: {type: string}
        S: {type: string}
        V: {type: integer}
    # ---- end improve schemas ----
"""

def strip(s, start, end):
    return re.sub(re.escape(start) + r".*?" + re.escape(end) + r"\n", "", s, flags=re.S)

s = open(SPEC).read()
s = strip(s, "  # ---- improve paths", "  # ---- end improve paths ----")
s = strip(s, "    # ---- improve schemas ----", "    # ---- end improve schemas ----")
s = s.replace(TAG, "")
s = s.replace(PARAMS, "")
# tag: after the last entry of the top-level tags list (before "paths:")
i = s.index("\npaths:")
s = s[:i+1].rstrip("\n") + "\n" + TAG + s[i+1:]
# paths: before components
i = s.index("\ncomponents:")
s = s[:i+1] + PATHS + s[i+1:]
# parameters: right after "  parameters:" under components
i = s.index("\ncomponents:\n  parameters:\n") + len("\ncomponents:\n  parameters:\n")
s = s[:i] + PARAMS + s[i:]
# schemas: at the end of components.schemas (end of file)
s = s.rstrip("\n") + "\n" + SCHEMAS
open(SPEC, "w").write(s)

c = open(CONFIG).read()
if "improve" not in c:
    c = re.sub(r"exclude-tags: \[([^\]]*)\]", lambda m: "exclude-tags: [" + m.group(1) + ", improve]", c)
    c = c.replace("# served by package gateway", "# served by package gateway and package evaluator (improve)")
open(CONFIG, "w").write(c)
