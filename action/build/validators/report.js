"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// report.validator.js
exports.validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://plangate.dev/schemas/report.schema.json", "title": "plangate report.json", "description": "An audit report written by plangate: results of every rule on every resource it applies to, with evidence digests.", "type": "object", "required": ["schemaVersion", "tool", "generatedAt", "verdict", "summary", "inputs", "policies", "results", "digest"], "additionalProperties": false, "properties": { "schemaVersion": { "const": "1.0" }, "tool": { "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "const": "plangate" }, "version": { "type": "string", "minLength": 1 } } }, "generatedAt": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, "verdict": { "enum": ["pass", "fail", "error"] }, "summary": { "type": "object", "required": ["resources", "rules", "passed", "failed", "waived", "errors"], "additionalProperties": false, "properties": { "resources": { "$ref": "#/definitions/count" }, "rules": { "$ref": "#/definitions/count" }, "passed": { "$ref": "#/definitions/count" }, "failed": { "$ref": "#/definitions/count" }, "waived": { "$ref": "#/definitions/count" }, "errors": { "$ref": "#/definitions/count" }, "unknown": { "$ref": "#/definitions/count" }, "judged": { "description": "Resources judged by at least one rule; the others are listed in uncovered.", "$ref": "#/definitions/count" } } }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/input" } }, "policies": { "type": "array", "items": { "$ref": "#/definitions/policy" } }, "results": { "type": "array", "items": { "$ref": "#/definitions/result" } }, "run": { "$ref": "#/definitions/run" }, "staleWaivers": { "type": "array", "items": { "$ref": "#/definitions/staleWaiver" } }, "overrides": { "type": "array", "items": { "type": "object", "required": ["rule", "field", "to"], "additionalProperties": false, "properties": { "rule": { "type": "string" }, "field": { "enum": ["severity", "enforcement", "disabled", "replaced"] }, "from": { "type": "string" }, "to": { "type": "string" } } } }, "baseline": { "type": "object", "required": ["generatedAt", "counts", "absent"], "additionalProperties": false, "properties": { "generatedAt": { "type": "string" }, "digest": { "$ref": "#/definitions/sha256" }, "counts": { "type": "object", "required": ["new", "unchanged", "fixed"], "additionalProperties": false, "properties": { "new": { "$ref": "#/definitions/count" }, "unchanged": { "$ref": "#/definitions/count" }, "fixed": { "$ref": "#/definitions/count" } } }, "absent": { "type": "array", "items": { "$ref": "#/definitions/result" } } } }, "merge": { "type": "object", "required": ["reports", "sources", "sourcesOmitted", "inputsOmitted", "passesKept", "passesOmitted"], "additionalProperties": false, "properties": { "reports": { "$ref": "#/definitions/count" }, "sources": { "type": "array", "items": { "type": "object", "required": ["path", "verdict", "generatedAt"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "digest": { "$ref": "#/definitions/sha256" }, "verdict": { "enum": ["pass", "fail", "error"] }, "generatedAt": { "type": "string" } } } }, "sourcesOmitted": { "$ref": "#/definitions/count" }, "inputsOmitted": { "$ref": "#/definitions/count" }, "passesKept": { "$ref": "#/definitions/count" }, "passesOmitted": { "$ref": "#/definitions/count" } } }, "compliance": { "type": "array", "items": { "type": "object", "required": ["framework", "control", "rules", "counts"], "additionalProperties": false, "properties": { "framework": { "type": "string" }, "control": { "type": "string" }, "rules": { "type": "array", "items": { "type": "string" } }, "counts": { "type": "object", "required": ["pass", "fail", "waived", "unknown", "error"], "additionalProperties": false, "properties": { "pass": { "$ref": "#/definitions/count" }, "fail": { "$ref": "#/definitions/count" }, "waived": { "$ref": "#/definitions/count" }, "unknown": { "$ref": "#/definitions/count" }, "error": { "$ref": "#/definitions/count" } } } } } }, "digest": { "type": "object", "required": ["algorithm", "value"], "additionalProperties": false, "properties": { "algorithm": { "const": "sha256" }, "value": { "$ref": "#/definitions/sha256" }, "parts": { "type": "object", "additionalProperties": { "$ref": "#/definitions/sha256" } } } }, "problems": { "description": "Inputs that could not be read and policies that could not be compiled or evaluated: the run judged everything else, and its verdict is error.", "type": "array", "items": { "type": "object", "required": ["code", "message"], "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 } }, "additionalProperties": false } }, "signature": { "type": "object", "required": ["algorithm", "keyId", "value"], "additionalProperties": false, "properties": { "algorithm": { "const": "ed25519" }, "keyId": { "$ref": "#/definitions/sha256" }, "value": { "type": "string", "pattern": "^[A-Za-z0-9+/]+=*$" } } }, "uncovered": { "description": "Resources that no rule judged, per type (most numerous first); addresses are capped at 50 per type, resources is the full count.", "type": "array", "items": { "type": "object", "required": ["type", "resources", "addresses"], "additionalProperties": false, "properties": { "type": { "type": "string" }, "resources": { "type": "integer", "minimum": 1 }, "addresses": { "type": "array", "items": { "type": "string" } } } } }, "empty": { "description": "Set when the run judged nothing: no rules ran, or no rule judged any resource. Such a run fails unless --allow-empty (allowed: true).", "type": "object", "required": ["reason", "allowed"], "additionalProperties": false, "properties": { "reason": { "enum": ["no rules ran", "nothing judged"] }, "allowed": { "type": "boolean" } } } }, "definitions": { "count": { "type": "integer", "minimum": 0 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "severity": { "enum": ["low", "medium", "high", "critical"] }, "enforcement": { "enum": ["advisory", "soft-mandatory", "mandatory"] }, "control": { "type": "object", "required": ["framework", "id"], "additionalProperties": false, "properties": { "framework": { "type": "string", "minLength": 1 }, "id": { "type": "string", "minLength": 1 } } }, "input": { "type": "object", "required": ["path", "resources"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "type": { "enum": ["terraform-plan", "terraform-state", "kubernetes"] }, "sha256": { "$ref": "#/definitions/sha256" }, "resources": { "$ref": "#/definitions/count" }, "status": { "description": "read: the input was read and judged; error: it could not be read or understood (the reason is in problems).", "enum": ["read", "error"] } }, "allOf": [{ "if": { "properties": { "status": { "const": "error" } }, "required": ["status"] }, "else": { "properties": { "type": true, "sha256": true }, "required": ["type", "sha256"] } }] }, "policy": { "type": "object", "required": ["id", "title", "severity", "category", "controls", "source", "sha256"], "additionalProperties": false, "properties": { "id": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "severity": { "$ref": "#/definitions/severity" }, "category": { "type": "string" }, "controls": { "type": "array", "items": { "$ref": "#/definitions/control" } }, "source": { "enum": ["builtin", "custom"] }, "sha256": { "$ref": "#/definitions/sha256" }, "description": { "type": "string" }, "remediation": { "type": "string" }, "enforcement": { "$ref": "#/definitions/enforcement" }, "appliesTo": { "type": "array", "items": { "type": "string" } }, "file": { "type": "string" }, "overrides": { "description": "The id of the rule this custom rule replaces (METADATA overrides:).", "type": "string" } } }, "resource": { "type": "object", "required": ["address", "type"], "additionalProperties": false, "properties": { "address": { "type": "string", "minLength": 1 }, "type": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "sourceFile": { "type": "string" } } }, "waiver": { "type": "object", "required": ["reason", "approvedBy", "expires"], "additionalProperties": false, "properties": { "reason": { "type": "string", "minLength": 1 }, "approvedBy": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "ticket": { "type": "string" }, "rule": { "type": "string" }, "resource": { "type": "string" } } }, "staleWaiver": { "type": "object", "required": ["rule", "resource", "reason", "approvedBy", "expires", "why"], "additionalProperties": false, "properties": { "reason": { "type": "string", "minLength": 1 }, "approvedBy": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "ticket": { "type": "string" }, "rule": { "type": "string" }, "resource": { "type": "string" }, "why": { "enum": ["expired", "unmatched"] } } }, "diagnostic": { "type": "object", "required": ["code", "severity", "message"], "properties": { "code": { "type": "string" }, "severity": { "enum": ["error", "warning"] }, "message": { "type": "string" }, "location": { "type": "object", "required": ["file"], "properties": { "file": { "type": "string" }, "line": { "type": "integer" }, "col": { "type": "integer" } } }, "jsonPath": { "type": "string" }, "hint": { "type": "string" } } }, "result": { "type": "object", "required": ["ruleId", "status", "severity", "resource", "message"], "additionalProperties": false, "properties": { "ruleId": { "type": "string", "minLength": 1 }, "status": { "enum": ["pass", "fail", "waived", "unknown", "error"] }, "severity": { "$ref": "#/definitions/severity" }, "resource": { "$ref": "#/definitions/resource" }, "message": { "type": "string" }, "waiver": { "$ref": "#/definitions/waiver" }, "enforcement": { "$ref": "#/definitions/enforcement" }, "baseline": { "enum": ["new", "unchanged", "fixed"] }, "diagnostic": { "$ref": "#/definitions/diagnostic" }, "details": { "type": "object", "description": "What the policy said beyond its message: a conftest message object's other keys, a Gatekeeper violation's details." }, "source": { "type": "string" } }, "if": { "required": ["status"], "properties": { "status": { "const": "waived" } } }, "then": { "required": ["waiver"], "properties": { "waiver": { "$ref": "#/definitions/waiver" } } } }, "run": { "type": "object", "required": ["runtime"], "additionalProperties": false, "properties": { "configDigest": { "$ref": "#/definitions/sha256" }, "configPath": { "type": "string" }, "failOn": { "$ref": "#/definitions/severity" }, "override": { "description": "Whether --override let soft-mandatory failures pass; the rules are listed in overrides.", "type": "boolean" }, "environment": { "type": "string" }, "parameters": { "type": "object" }, "runtime": { "type": "object", "required": ["node", "os", "arch"], "additionalProperties": false, "properties": { "node": { "type": "string" }, "os": { "type": "string" }, "arch": { "type": "string" } } }, "git": { "type": "object", "required": ["commit"], "additionalProperties": false, "properties": { "commit": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "ref": { "type": "string" } } }, "ci": { "type": "object", "required": ["provider"], "additionalProperties": false, "properties": { "provider": { "type": "string" }, "runId": { "type": "string" }, "repository": { "type": "string" } } }, "failOnUncovered": { "description": "Whether resources no rule judged fail the run (--fail-on-uncovered, config failOnUncovered).", "type": "boolean" } } } } };
var schema38 = { "type": "object", "required": ["rule", "resource", "reason", "approvedBy", "expires", "why"], "additionalProperties": false, "properties": { "reason": { "type": "string", "minLength": 1 }, "approvedBy": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "ticket": { "type": "string" }, "rule": { "type": "string" }, "resource": { "type": "string" }, "why": { "enum": ["expired", "unmatched"] } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "u");
var pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern1 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern13 = new RegExp("^[A-Za-z0-9+/]+=*$", "u");
var schema20 = { "type": "object", "required": ["path", "resources"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "type": { "enum": ["terraform-plan", "terraform-state", "kubernetes"] }, "sha256": { "$ref": "#/definitions/sha256" }, "resources": { "$ref": "#/definitions/count" }, "status": { "description": "read: the input was read and judged; error: it could not be read or understood (the reason is in problems).", "enum": ["read", "error"] } }, "allOf": [{ "if": { "properties": { "status": { "const": "error" } }, "required": ["status"] }, "else": { "properties": { "type": true, "sha256": true }, "required": ["type", "sha256"] } }] };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.status === void 0 && (missing0 = "status")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.status !== void 0) {
        if ("error" !== data.status) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.sha256 === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.resources === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "type" || key0 === "sha256" || key0 === "resources" || key0 === "status")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err8 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (!(data2 === "terraform-plan" || data2 === "terraform-state" || data2 === "kubernetes")) {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data3 = data.sha256;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err10 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data4 = data.resources;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err12 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      if (!(data5 === "read" || data5 === "error")) {
        const err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema20.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema23 = { "type": "object", "required": ["id", "title", "severity", "category", "controls", "source", "sha256"], "additionalProperties": false, "properties": { "id": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "severity": { "$ref": "#/definitions/severity" }, "category": { "type": "string" }, "controls": { "type": "array", "items": { "$ref": "#/definitions/control" } }, "source": { "enum": ["builtin", "custom"] }, "sha256": { "$ref": "#/definitions/sha256" }, "description": { "type": "string" }, "remediation": { "type": "string" }, "enforcement": { "$ref": "#/definitions/enforcement" }, "appliesTo": { "type": "array", "items": { "type": "string" } }, "file": { "type": "string" }, "overrides": { "description": "The id of the rule this custom rule replaces (METADATA overrides:).", "type": "string" } } };
var schema24 = { "enum": ["low", "medium", "high", "critical"] };
var schema27 = { "enum": ["advisory", "soft-mandatory", "mandatory"] };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.controls === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controls" }, message: "must have required property 'controls'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema23.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "low" || data2 === "medium" || data2 === "high" || data2 === "critical")) {
        const err11 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      if (typeof data.category !== "string") {
        const err12 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data4 = data.controls;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.framework === void 0) {
              const err13 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/definitions/control/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data5.id === void 0) {
              const err14 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/definitions/control/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "framework" || key1 === "id")) {
                const err15 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/definitions/control/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5.framework !== void 0) {
              let data6 = data5.framework;
              if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                  const err16 = { instancePath: instancePath + "/controls/" + i0 + "/framework", schemaPath: "#/definitions/control/properties/framework/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/controls/" + i0 + "/framework", schemaPath: "#/definitions/control/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.id !== void 0) {
              let data7 = data5.id;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err18 = { instancePath: instancePath + "/controls/" + i0 + "/id", schemaPath: "#/definitions/control/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/controls/" + i0 + "/id", schemaPath: "#/definitions/control/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/definitions/control/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data8 = data.source;
      if (!(data8 === "builtin" || data8 === "custom")) {
        const err22 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema23.properties.source.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data9 = data.sha256;
      if (typeof data9 === "string") {
        if (!pattern1.test(data9)) {
          const err23 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err25 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.remediation !== void 0) {
      if (typeof data.remediation !== "string") {
        const err26 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.enforcement !== void 0) {
      let data12 = data.enforcement;
      if (!(data12 === "advisory" || data12 === "soft-mandatory" || data12 === "mandatory")) {
        const err27 = { instancePath: instancePath + "/enforcement", schemaPath: "#/definitions/enforcement/enum", keyword: "enum", params: { allowedValues: schema27.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.appliesTo !== void 0) {
      let data13 = data.appliesTo;
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data13[i1] !== "string") {
            const err28 = { instancePath: instancePath + "/appliesTo/" + i1, schemaPath: "#/properties/appliesTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/appliesTo", schemaPath: "#/properties/appliesTo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        const err30 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      if (typeof data.overrides !== "string") {
        const err31 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema28 = { "type": "object", "required": ["ruleId", "status", "severity", "resource", "message"], "additionalProperties": false, "properties": { "ruleId": { "type": "string", "minLength": 1 }, "status": { "enum": ["pass", "fail", "waived", "unknown", "error"] }, "severity": { "$ref": "#/definitions/severity" }, "resource": { "$ref": "#/definitions/resource" }, "message": { "type": "string" }, "waiver": { "$ref": "#/definitions/waiver" }, "enforcement": { "$ref": "#/definitions/enforcement" }, "baseline": { "enum": ["new", "unchanged", "fixed"] }, "diagnostic": { "$ref": "#/definitions/diagnostic" }, "details": { "type": "object", "description": "What the policy said beyond its message: a conftest message object's other keys, a Gatekeeper violation's details." }, "source": { "type": "string" } }, "if": { "required": ["status"], "properties": { "status": { "const": "waived" } } }, "then": { "required": ["waiver"], "properties": { "waiver": { "$ref": "#/definitions/waiver" } } } };
var schema34 = { "type": "object", "required": ["code", "severity", "message"], "properties": { "code": { "type": "string" }, "severity": { "enum": ["error", "warning"] }, "message": { "type": "string" }, "location": { "type": "object", "required": ["file"], "properties": { "file": { "type": "string" }, "line": { "type": "integer" }, "col": { "type": "integer" } } }, "jsonPath": { "type": "string" }, "hint": { "type": "string" } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.status === void 0 && (missing0 = "status")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.status !== void 0) {
        if ("waived" !== data.status) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.waiver === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "waiver" }, message: "must have required property 'waiver'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.waiver !== void 0) {
        let data1 = data.waiver;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.reason === void 0) {
            const err3 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data1.approvedBy === void 0) {
            const err4 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data1.expires === void 0) {
            const err5 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          for (const key0 in data1) {
            if (!(key0 === "reason" || key0 === "approvedBy" || key0 === "expires" || key0 === "ticket" || key0 === "rule" || key0 === "resource")) {
              const err6 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data1.reason !== void 0) {
            let data2 = data1.reason;
            if (typeof data2 === "string") {
              if (func3(data2) < 1) {
                const err7 = { instancePath: instancePath + "/waiver/reason", schemaPath: "#/definitions/waiver/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/waiver/reason", schemaPath: "#/definitions/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          if (data1.approvedBy !== void 0) {
            let data3 = data1.approvedBy;
            if (typeof data3 === "string") {
              if (func3(data3) < 1) {
                const err9 = { instancePath: instancePath + "/waiver/approvedBy", schemaPath: "#/definitions/waiver/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            } else {
              const err10 = { instancePath: instancePath + "/waiver/approvedBy", schemaPath: "#/definitions/waiver/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data1.expires !== void 0) {
            let data4 = data1.expires;
            if (typeof data4 === "string") {
              if (!pattern3.test(data4)) {
                const err11 = { instancePath: instancePath + "/waiver/expires", schemaPath: "#/definitions/waiver/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            } else {
              const err12 = { instancePath: instancePath + "/waiver/expires", schemaPath: "#/definitions/waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data1.ticket !== void 0) {
            if (typeof data1.ticket !== "string") {
              const err13 = { instancePath: instancePath + "/waiver/ticket", schemaPath: "#/definitions/waiver/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data1.rule !== void 0) {
            if (typeof data1.rule !== "string") {
              const err14 = { instancePath: instancePath + "/waiver/rule", schemaPath: "#/definitions/waiver/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data1.resource !== void 0) {
            if (typeof data1.resource !== "string") {
              const err15 = { instancePath: instancePath + "/waiver/resource", schemaPath: "#/definitions/waiver/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        } else {
          const err16 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err17 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ruleId === void 0) {
      const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.resource === void 0) {
      const err21 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err22 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!func2.call(schema28.properties, key1)) {
        const err23 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.ruleId !== void 0) {
      let data8 = data.ruleId;
      if (typeof data8 === "string") {
        if (func3(data8) < 1) {
          const err24 = { instancePath: instancePath + "/ruleId", schemaPath: "#/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/ruleId", schemaPath: "#/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data9 = data.status;
      if (!(data9 === "pass" || data9 === "fail" || data9 === "waived" || data9 === "unknown" || data9 === "error")) {
        const err26 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema28.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data10 = data.severity;
      if (!(data10 === "low" || data10 === "medium" || data10 === "high" || data10 === "critical")) {
        const err27 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      let data11 = data.resource;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.address === void 0) {
          const err28 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data11.type === void 0) {
          const err29 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key2 in data11) {
          if (!(key2 === "address" || key2 === "type" || key2 === "file" || key2 === "line" || key2 === "sourceFile")) {
            const err30 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/resource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data11.address !== void 0) {
          let data12 = data11.address;
          if (typeof data12 === "string") {
            if (func3(data12) < 1) {
              const err31 = { instancePath: instancePath + "/resource/address", schemaPath: "#/definitions/resource/properties/address/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/resource/address", schemaPath: "#/definitions/resource/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data11.type !== void 0) {
          if (typeof data11.type !== "string") {
            const err33 = { instancePath: instancePath + "/resource/type", schemaPath: "#/definitions/resource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data11.file !== void 0) {
          if (typeof data11.file !== "string") {
            const err34 = { instancePath: instancePath + "/resource/file", schemaPath: "#/definitions/resource/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.line !== void 0) {
          let data15 = data11.line;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
            const err35 = { instancePath: instancePath + "/resource/line", schemaPath: "#/definitions/resource/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data15 == "number") {
            if (data15 < 1 || isNaN(data15)) {
              const err36 = { instancePath: instancePath + "/resource/line", schemaPath: "#/definitions/resource/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data11.sourceFile !== void 0) {
          if (typeof data11.sourceFile !== "string") {
            const err37 = { instancePath: instancePath + "/resource/sourceFile", schemaPath: "#/definitions/resource/properties/sourceFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/resource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err39 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.waiver !== void 0) {
      let data18 = data.waiver;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.reason === void 0) {
          const err40 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data18.approvedBy === void 0) {
          const err41 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data18.expires === void 0) {
          const err42 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        for (const key3 in data18) {
          if (!(key3 === "reason" || key3 === "approvedBy" || key3 === "expires" || key3 === "ticket" || key3 === "rule" || key3 === "resource")) {
            const err43 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data18.reason !== void 0) {
          let data19 = data18.reason;
          if (typeof data19 === "string") {
            if (func3(data19) < 1) {
              const err44 = { instancePath: instancePath + "/waiver/reason", schemaPath: "#/definitions/waiver/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/waiver/reason", schemaPath: "#/definitions/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data18.approvedBy !== void 0) {
          let data20 = data18.approvedBy;
          if (typeof data20 === "string") {
            if (func3(data20) < 1) {
              const err46 = { instancePath: instancePath + "/waiver/approvedBy", schemaPath: "#/definitions/waiver/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/waiver/approvedBy", schemaPath: "#/definitions/waiver/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data18.expires !== void 0) {
          let data21 = data18.expires;
          if (typeof data21 === "string") {
            if (!pattern3.test(data21)) {
              const err48 = { instancePath: instancePath + "/waiver/expires", schemaPath: "#/definitions/waiver/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/waiver/expires", schemaPath: "#/definitions/waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data18.ticket !== void 0) {
          if (typeof data18.ticket !== "string") {
            const err50 = { instancePath: instancePath + "/waiver/ticket", schemaPath: "#/definitions/waiver/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data18.rule !== void 0) {
          if (typeof data18.rule !== "string") {
            const err51 = { instancePath: instancePath + "/waiver/rule", schemaPath: "#/definitions/waiver/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data18.resource !== void 0) {
          if (typeof data18.resource !== "string") {
            const err52 = { instancePath: instancePath + "/waiver/resource", schemaPath: "#/definitions/waiver/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/waiver", schemaPath: "#/definitions/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.enforcement !== void 0) {
      let data25 = data.enforcement;
      if (!(data25 === "advisory" || data25 === "soft-mandatory" || data25 === "mandatory")) {
        const err54 = { instancePath: instancePath + "/enforcement", schemaPath: "#/definitions/enforcement/enum", keyword: "enum", params: { allowedValues: schema27.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data26 = data.baseline;
      if (!(data26 === "new" || data26 === "unchanged" || data26 === "fixed")) {
        const err55 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/enum", keyword: "enum", params: { allowedValues: schema28.properties.baseline.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.diagnostic !== void 0) {
      let data27 = data.diagnostic;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.code === void 0) {
          const err56 = { instancePath: instancePath + "/diagnostic", schemaPath: "#/definitions/diagnostic/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data27.severity === void 0) {
          const err57 = { instancePath: instancePath + "/diagnostic", schemaPath: "#/definitions/diagnostic/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data27.message === void 0) {
          const err58 = { instancePath: instancePath + "/diagnostic", schemaPath: "#/definitions/diagnostic/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data27.code !== void 0) {
          if (typeof data27.code !== "string") {
            const err59 = { instancePath: instancePath + "/diagnostic/code", schemaPath: "#/definitions/diagnostic/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data27.severity !== void 0) {
          let data29 = data27.severity;
          if (!(data29 === "error" || data29 === "warning")) {
            const err60 = { instancePath: instancePath + "/diagnostic/severity", schemaPath: "#/definitions/diagnostic/properties/severity/enum", keyword: "enum", params: { allowedValues: schema34.properties.severity.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data27.message !== void 0) {
          if (typeof data27.message !== "string") {
            const err61 = { instancePath: instancePath + "/diagnostic/message", schemaPath: "#/definitions/diagnostic/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data27.location !== void 0) {
          let data31 = data27.location;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.file === void 0) {
              const err62 = { instancePath: instancePath + "/diagnostic/location", schemaPath: "#/definitions/diagnostic/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data31.file !== void 0) {
              if (typeof data31.file !== "string") {
                const err63 = { instancePath: instancePath + "/diagnostic/location/file", schemaPath: "#/definitions/diagnostic/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data31.line !== void 0) {
              let data33 = data31.line;
              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
                const err64 = { instancePath: instancePath + "/diagnostic/location/line", schemaPath: "#/definitions/diagnostic/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data31.col !== void 0) {
              let data34 = data31.col;
              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
                const err65 = { instancePath: instancePath + "/diagnostic/location/col", schemaPath: "#/definitions/diagnostic/properties/location/properties/col/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/diagnostic/location", schemaPath: "#/definitions/diagnostic/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data27.jsonPath !== void 0) {
          if (typeof data27.jsonPath !== "string") {
            const err67 = { instancePath: instancePath + "/diagnostic/jsonPath", schemaPath: "#/definitions/diagnostic/properties/jsonPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data27.hint !== void 0) {
          if (typeof data27.hint !== "string") {
            const err68 = { instancePath: instancePath + "/diagnostic/hint", schemaPath: "#/definitions/diagnostic/properties/hint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/diagnostic", schemaPath: "#/definitions/diagnostic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.details !== void 0) {
      let data37 = data.details;
      if (!(data37 && typeof data37 == "object" && !Array.isArray(data37))) {
        const err70 = { instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (typeof data.source !== "string") {
        const err71 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
  } else {
    const err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err72];
    } else {
      vErrors.push(err72);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema35 = { "type": "object", "required": ["runtime"], "additionalProperties": false, "properties": { "configDigest": { "$ref": "#/definitions/sha256" }, "configPath": { "type": "string" }, "failOn": { "$ref": "#/definitions/severity" }, "override": { "description": "Whether --override let soft-mandatory failures pass; the rules are listed in overrides.", "type": "boolean" }, "environment": { "type": "string" }, "parameters": { "type": "object" }, "runtime": { "type": "object", "required": ["node", "os", "arch"], "additionalProperties": false, "properties": { "node": { "type": "string" }, "os": { "type": "string" }, "arch": { "type": "string" } } }, "git": { "type": "object", "required": ["commit"], "additionalProperties": false, "properties": { "commit": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "ref": { "type": "string" } } }, "ci": { "type": "object", "required": ["provider"], "additionalProperties": false, "properties": { "provider": { "type": "string" }, "runId": { "type": "string" }, "repository": { "type": "string" } } }, "failOnUncovered": { "description": "Whether resources no rule judged fail the run (--fail-on-uncovered, config failOnUncovered).", "type": "boolean" } } };
var pattern6 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.runtime === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runtime" }, message: "must have required property 'runtime'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema35.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.configDigest !== void 0) {
      let data0 = data.configDigest;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err2 = { instancePath: instancePath + "/configDigest", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/configDigest", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.configPath !== void 0) {
      if (typeof data.configPath !== "string") {
        const err4 = { instancePath: instancePath + "/configPath", schemaPath: "#/properties/configPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data2 = data.failOn;
      if (!(data2 === "low" || data2 === "medium" || data2 === "high" || data2 === "critical")) {
        const err5 = { instancePath: instancePath + "/failOn", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.override !== void 0) {
      if (typeof data.override !== "boolean") {
        const err6 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (typeof data.environment !== "string") {
        const err7 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data5 = data.parameters;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
        const err8 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.runtime !== void 0) {
      let data6 = data.runtime;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.node === void 0) {
          const err9 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/required", keyword: "required", params: { missingProperty: "node" }, message: "must have required property 'node'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data6.os === void 0) {
          const err10 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data6.arch === void 0) {
          const err11 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/required", keyword: "required", params: { missingProperty: "arch" }, message: "must have required property 'arch'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "node" || key1 === "os" || key1 === "arch")) {
            const err12 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.node !== void 0) {
          if (typeof data6.node !== "string") {
            const err13 = { instancePath: instancePath + "/runtime/node", schemaPath: "#/properties/runtime/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.os !== void 0) {
          if (typeof data6.os !== "string") {
            const err14 = { instancePath: instancePath + "/runtime/os", schemaPath: "#/properties/runtime/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.arch !== void 0) {
          if (typeof data6.arch !== "string") {
            const err15 = { instancePath: instancePath + "/runtime/arch", schemaPath: "#/properties/runtime/properties/arch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.git !== void 0) {
      let data10 = data.git;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.commit === void 0) {
          const err17 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (!(key2 === "commit" || key2 === "ref")) {
            const err18 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data10.commit !== void 0) {
          let data11 = data10.commit;
          if (typeof data11 === "string") {
            if (!pattern6.test(data11)) {
              const err19 = { instancePath: instancePath + "/git/commit", schemaPath: "#/properties/git/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/git/commit", schemaPath: "#/properties/git/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data10.ref !== void 0) {
          if (typeof data10.ref !== "string") {
            const err21 = { instancePath: instancePath + "/git/ref", schemaPath: "#/properties/git/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.ci !== void 0) {
      let data13 = data.ci;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.provider === void 0) {
          const err23 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key3 in data13) {
          if (!(key3 === "provider" || key3 === "runId" || key3 === "repository")) {
            const err24 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data13.provider !== void 0) {
          if (typeof data13.provider !== "string") {
            const err25 = { instancePath: instancePath + "/ci/provider", schemaPath: "#/properties/ci/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data13.runId !== void 0) {
          if (typeof data13.runId !== "string") {
            const err26 = { instancePath: instancePath + "/ci/runId", schemaPath: "#/properties/ci/properties/runId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.repository !== void 0) {
          if (typeof data13.repository !== "string") {
            const err27 = { instancePath: instancePath + "/ci/repository", schemaPath: "#/properties/ci/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.failOnUncovered !== void 0) {
      if (typeof data.failOnUncovered !== "boolean") {
        const err29 = { instancePath: instancePath + "/failOnUncovered", schemaPath: "#/properties/failOnUncovered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.inputs === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.policies === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policies" }, message: "must have required property 'policies'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.results === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "results" }, message: "must have required property 'results'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.digest === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      if ("1.0" !== data.schemaVersion) {
        const err10 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err11 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err12 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "version")) {
            const err13 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          if ("plangate" !== data1.name) {
            const err14 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "plangate" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          let data3 = data1.version;
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err15 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.generatedAt !== void 0) {
      let data4 = data.generatedAt;
      if (typeof data4 === "string") {
        if (!pattern0.test(data4)) {
          const err18 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data5 = data.verdict;
      if (!(data5 === "pass" || data5 === "fail" || data5 === "error")) {
        const err20 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema11.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data6 = data.summary;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.resources === void 0) {
          const err21 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data6.rules === void 0) {
          const err22 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data6.passed === void 0) {
          const err23 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data6.failed === void 0) {
          const err24 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data6.waived === void 0) {
          const err25 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "waived" }, message: "must have required property 'waived'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data6.errors === void 0) {
          const err26 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === "resources" || key2 === "rules" || key2 === "passed" || key2 === "failed" || key2 === "waived" || key2 === "errors" || key2 === "unknown" || key2 === "judged")) {
            const err27 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data6.resources !== void 0) {
          let data7 = data6.resources;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
            const err28 = { instancePath: instancePath + "/summary/resources", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data7 == "number") {
            if (data7 < 0 || isNaN(data7)) {
              const err29 = { instancePath: instancePath + "/summary/resources", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data6.rules !== void 0) {
          let data8 = data6.rules;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
            const err30 = { instancePath: instancePath + "/summary/rules", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data8 == "number") {
            if (data8 < 0 || isNaN(data8)) {
              const err31 = { instancePath: instancePath + "/summary/rules", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        if (data6.passed !== void 0) {
          let data9 = data6.passed;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
            const err32 = { instancePath: instancePath + "/summary/passed", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data9 == "number") {
            if (data9 < 0 || isNaN(data9)) {
              const err33 = { instancePath: instancePath + "/summary/passed", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data6.failed !== void 0) {
          let data10 = data6.failed;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
            const err34 = { instancePath: instancePath + "/summary/failed", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data10 == "number") {
            if (data10 < 0 || isNaN(data10)) {
              const err35 = { instancePath: instancePath + "/summary/failed", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        if (data6.waived !== void 0) {
          let data11 = data6.waived;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
            const err36 = { instancePath: instancePath + "/summary/waived", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data11 == "number") {
            if (data11 < 0 || isNaN(data11)) {
              const err37 = { instancePath: instancePath + "/summary/waived", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        if (data6.errors !== void 0) {
          let data12 = data6.errors;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
            const err38 = { instancePath: instancePath + "/summary/errors", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data12 == "number") {
            if (data12 < 0 || isNaN(data12)) {
              const err39 = { instancePath: instancePath + "/summary/errors", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data6.unknown !== void 0) {
          let data13 = data6.unknown;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
            const err40 = { instancePath: instancePath + "/summary/unknown", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data13 == "number") {
            if (data13 < 0 || isNaN(data13)) {
              const err41 = { instancePath: instancePath + "/summary/unknown", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
        if (data6.judged !== void 0) {
          let data14 = data6.judged;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
            const err42 = { instancePath: instancePath + "/summary/judged", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data14 == "number") {
            if (data14 < 0 || isNaN(data14)) {
              const err43 = { instancePath: instancePath + "/summary/judged", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data15 = data.inputs;
      if (Array.isArray(data15)) {
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data15[i0], { instancePath: instancePath + "/inputs/" + i0, parentData: data15, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data17 = data.policies;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data17[i1], { instancePath: instancePath + "/policies/" + i1, parentData: data17, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data19 = data.results;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate15(data19[i2], { instancePath: instancePath + "/results/" + i2, parentData: data19, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      if (!validate17(data.run, { instancePath: instancePath + "/run", parentData: data, parentDataProperty: "run", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.staleWaivers !== void 0) {
      let data22 = data.staleWaivers;
      if (Array.isArray(data22)) {
        const len3 = data22.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data23 = data22[i3];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.rule === void 0) {
              const err48 = { instancePath: instancePath + "/staleWaivers/" + i3, schemaPath: "#/definitions/staleWaiver/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data23.resource === void 0) {
              const err49 = { instancePath: instancePath + "/staleWaivers/" + i3, schemaPath: "#/definitions/staleWaiver/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data23.reason === void 0) {
              const err50 = { instancePath: instancePath + "/staleWaivers/" + i3, schemaPath: "#/definitions/staleWaiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data23.approvedBy === void 0) {
              const err51 = { instancePath: instancePath + "/staleWaivers/" + i3, schemaPath: "#/definitions/staleWaiver/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data23.expires === void 0) {
              const err52 = { instancePath: instancePath + "/staleWaivers/" + i3, schemaPath: "#/definitions/staleWaiver/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data23.why === void 0) {
              const err53 = { instancePath: instancePath + "/staleWaivers/" + i3, schemaPath: "#/definitions/staleWaiver/required", keyword: "required", params: { missingProperty: "why" }, message: "must have required property 'why'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key3 in data23) {
              if (!(key3 === "reason" || key3 === "approvedBy" || key3 === "expires" || key3 === "ticket" || key3 === "rule" || key3 === "resource" || key3 === "why")) {
                const err54 = { instancePath: instancePath + "/staleWaivers/" + i3, schemaPath: "#/definitions/staleWaiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data23.reason !== void 0) {
              let data24 = data23.reason;
              if (typeof data24 === "string") {
                if (func3(data24) < 1) {
                  const err55 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/reason", schemaPath: "#/definitions/staleWaiver/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/reason", schemaPath: "#/definitions/staleWaiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data23.approvedBy !== void 0) {
              let data25 = data23.approvedBy;
              if (typeof data25 === "string") {
                if (func3(data25) < 1) {
                  const err57 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/approvedBy", schemaPath: "#/definitions/staleWaiver/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/approvedBy", schemaPath: "#/definitions/staleWaiver/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data23.expires !== void 0) {
              let data26 = data23.expires;
              if (typeof data26 === "string") {
                if (!pattern3.test(data26)) {
                  const err59 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/expires", schemaPath: "#/definitions/staleWaiver/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/expires", schemaPath: "#/definitions/staleWaiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data23.ticket !== void 0) {
              if (typeof data23.ticket !== "string") {
                const err61 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/ticket", schemaPath: "#/definitions/staleWaiver/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data23.rule !== void 0) {
              if (typeof data23.rule !== "string") {
                const err62 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/rule", schemaPath: "#/definitions/staleWaiver/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data23.resource !== void 0) {
              if (typeof data23.resource !== "string") {
                const err63 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/resource", schemaPath: "#/definitions/staleWaiver/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data23.why !== void 0) {
              let data30 = data23.why;
              if (!(data30 === "expired" || data30 === "unmatched")) {
                const err64 = { instancePath: instancePath + "/staleWaivers/" + i3 + "/why", schemaPath: "#/definitions/staleWaiver/properties/why/enum", keyword: "enum", params: { allowedValues: schema38.properties.why.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/staleWaivers/" + i3, schemaPath: "#/definitions/staleWaiver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/staleWaivers", schemaPath: "#/properties/staleWaivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data31 = data.overrides;
      if (Array.isArray(data31)) {
        const len4 = data31.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data32 = data31[i4];
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.rule === void 0) {
              const err67 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data32.field === void 0) {
              const err68 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data32.to === void 0) {
              const err69 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            for (const key4 in data32) {
              if (!(key4 === "rule" || key4 === "field" || key4 === "from" || key4 === "to")) {
                const err70 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data32.rule !== void 0) {
              if (typeof data32.rule !== "string") {
                const err71 = { instancePath: instancePath + "/overrides/" + i4 + "/rule", schemaPath: "#/properties/overrides/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data32.field !== void 0) {
              let data34 = data32.field;
              if (!(data34 === "severity" || data34 === "enforcement" || data34 === "disabled" || data34 === "replaced")) {
                const err72 = { instancePath: instancePath + "/overrides/" + i4 + "/field", schemaPath: "#/properties/overrides/items/properties/field/enum", keyword: "enum", params: { allowedValues: schema11.properties.overrides.items.properties.field.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data32.from !== void 0) {
              if (typeof data32.from !== "string") {
                const err73 = { instancePath: instancePath + "/overrides/" + i4 + "/from", schemaPath: "#/properties/overrides/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data32.to !== void 0) {
              if (typeof data32.to !== "string") {
                const err74 = { instancePath: instancePath + "/overrides/" + i4 + "/to", schemaPath: "#/properties/overrides/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data37 = data.baseline;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        if (data37.generatedAt === void 0) {
          const err77 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data37.counts === void 0) {
          const err78 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        if (data37.absent === void 0) {
          const err79 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "absent" }, message: "must have required property 'absent'" };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        for (const key5 in data37) {
          if (!(key5 === "generatedAt" || key5 === "digest" || key5 === "counts" || key5 === "absent")) {
            const err80 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data37.generatedAt !== void 0) {
          if (typeof data37.generatedAt !== "string") {
            const err81 = { instancePath: instancePath + "/baseline/generatedAt", schemaPath: "#/properties/baseline/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data37.digest !== void 0) {
          let data39 = data37.digest;
          if (typeof data39 === "string") {
            if (!pattern1.test(data39)) {
              const err82 = { instancePath: instancePath + "/baseline/digest", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = { instancePath: instancePath + "/baseline/digest", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data37.counts !== void 0) {
          let data40 = data37.counts;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.new === void 0) {
              const err84 = { instancePath: instancePath + "/baseline/counts", schemaPath: "#/properties/baseline/properties/counts/required", keyword: "required", params: { missingProperty: "new" }, message: "must have required property 'new'" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            if (data40.unchanged === void 0) {
              const err85 = { instancePath: instancePath + "/baseline/counts", schemaPath: "#/properties/baseline/properties/counts/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'" };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data40.fixed === void 0) {
              const err86 = { instancePath: instancePath + "/baseline/counts", schemaPath: "#/properties/baseline/properties/counts/required", keyword: "required", params: { missingProperty: "fixed" }, message: "must have required property 'fixed'" };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            for (const key6 in data40) {
              if (!(key6 === "new" || key6 === "unchanged" || key6 === "fixed")) {
                const err87 = { instancePath: instancePath + "/baseline/counts", schemaPath: "#/properties/baseline/properties/counts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data40.new !== void 0) {
              let data41 = data40.new;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                const err88 = { instancePath: instancePath + "/baseline/counts/new", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              if (typeof data41 == "number") {
                if (data41 < 0 || isNaN(data41)) {
                  const err89 = { instancePath: instancePath + "/baseline/counts/new", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
            }
            if (data40.unchanged !== void 0) {
              let data42 = data40.unchanged;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                const err90 = { instancePath: instancePath + "/baseline/counts/unchanged", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (typeof data42 == "number") {
                if (data42 < 0 || isNaN(data42)) {
                  const err91 = { instancePath: instancePath + "/baseline/counts/unchanged", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
            if (data40.fixed !== void 0) {
              let data43 = data40.fixed;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                const err92 = { instancePath: instancePath + "/baseline/counts/fixed", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (typeof data43 == "number") {
                if (data43 < 0 || isNaN(data43)) {
                  const err93 = { instancePath: instancePath + "/baseline/counts/fixed", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/baseline/counts", schemaPath: "#/properties/baseline/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data37.absent !== void 0) {
          let data44 = data37.absent;
          if (Array.isArray(data44)) {
            const len5 = data44.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (!validate15(data44[i5], { instancePath: instancePath + "/baseline/absent/" + i5, parentData: data44, parentDataProperty: i5, rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/baseline/absent", schemaPath: "#/properties/baseline/properties/absent/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.merge !== void 0) {
      let data46 = data.merge;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        if (data46.reports === void 0) {
          const err97 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/required", keyword: "required", params: { missingProperty: "reports" }, message: "must have required property 'reports'" };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        if (data46.sources === void 0) {
          const err98 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'" };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
        if (data46.sourcesOmitted === void 0) {
          const err99 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/required", keyword: "required", params: { missingProperty: "sourcesOmitted" }, message: "must have required property 'sourcesOmitted'" };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        if (data46.inputsOmitted === void 0) {
          const err100 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/required", keyword: "required", params: { missingProperty: "inputsOmitted" }, message: "must have required property 'inputsOmitted'" };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        if (data46.passesKept === void 0) {
          const err101 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/required", keyword: "required", params: { missingProperty: "passesKept" }, message: "must have required property 'passesKept'" };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        if (data46.passesOmitted === void 0) {
          const err102 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/required", keyword: "required", params: { missingProperty: "passesOmitted" }, message: "must have required property 'passesOmitted'" };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        for (const key7 in data46) {
          if (!(key7 === "reports" || key7 === "sources" || key7 === "sourcesOmitted" || key7 === "inputsOmitted" || key7 === "passesKept" || key7 === "passesOmitted")) {
            const err103 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data46.reports !== void 0) {
          let data47 = data46.reports;
          if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
            const err104 = { instancePath: instancePath + "/merge/reports", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (typeof data47 == "number") {
            if (data47 < 0 || isNaN(data47)) {
              const err105 = { instancePath: instancePath + "/merge/reports", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
        }
        if (data46.sources !== void 0) {
          let data48 = data46.sources;
          if (Array.isArray(data48)) {
            const len6 = data48.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data49 = data48[i6];
              if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                if (data49.path === void 0) {
                  const err106 = { instancePath: instancePath + "/merge/sources/" + i6, schemaPath: "#/properties/merge/properties/sources/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (data49.verdict === void 0) {
                  const err107 = { instancePath: instancePath + "/merge/sources/" + i6, schemaPath: "#/properties/merge/properties/sources/items/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                if (data49.generatedAt === void 0) {
                  const err108 = { instancePath: instancePath + "/merge/sources/" + i6, schemaPath: "#/properties/merge/properties/sources/items/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                for (const key8 in data49) {
                  if (!(key8 === "path" || key8 === "digest" || key8 === "verdict" || key8 === "generatedAt")) {
                    const err109 = { instancePath: instancePath + "/merge/sources/" + i6, schemaPath: "#/properties/merge/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data49.path !== void 0) {
                  if (typeof data49.path !== "string") {
                    const err110 = { instancePath: instancePath + "/merge/sources/" + i6 + "/path", schemaPath: "#/properties/merge/properties/sources/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data49.digest !== void 0) {
                  let data51 = data49.digest;
                  if (typeof data51 === "string") {
                    if (!pattern1.test(data51)) {
                      const err111 = { instancePath: instancePath + "/merge/sources/" + i6 + "/digest", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                  } else {
                    const err112 = { instancePath: instancePath + "/merge/sources/" + i6 + "/digest", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data49.verdict !== void 0) {
                  let data52 = data49.verdict;
                  if (!(data52 === "pass" || data52 === "fail" || data52 === "error")) {
                    const err113 = { instancePath: instancePath + "/merge/sources/" + i6 + "/verdict", schemaPath: "#/properties/merge/properties/sources/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema11.properties.merge.properties.sources.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data49.generatedAt !== void 0) {
                  if (typeof data49.generatedAt !== "string") {
                    const err114 = { instancePath: instancePath + "/merge/sources/" + i6 + "/generatedAt", schemaPath: "#/properties/merge/properties/sources/items/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
              } else {
                const err115 = { instancePath: instancePath + "/merge/sources/" + i6, schemaPath: "#/properties/merge/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/merge/sources", schemaPath: "#/properties/merge/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data46.sourcesOmitted !== void 0) {
          let data54 = data46.sourcesOmitted;
          if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)))) {
            const err117 = { instancePath: instancePath + "/merge/sourcesOmitted", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
          if (typeof data54 == "number") {
            if (data54 < 0 || isNaN(data54)) {
              const err118 = { instancePath: instancePath + "/merge/sourcesOmitted", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
          }
        }
        if (data46.inputsOmitted !== void 0) {
          let data55 = data46.inputsOmitted;
          if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
            const err119 = { instancePath: instancePath + "/merge/inputsOmitted", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
          if (typeof data55 == "number") {
            if (data55 < 0 || isNaN(data55)) {
              const err120 = { instancePath: instancePath + "/merge/inputsOmitted", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
          }
        }
        if (data46.passesKept !== void 0) {
          let data56 = data46.passesKept;
          if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
            const err121 = { instancePath: instancePath + "/merge/passesKept", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          if (typeof data56 == "number") {
            if (data56 < 0 || isNaN(data56)) {
              const err122 = { instancePath: instancePath + "/merge/passesKept", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
        }
        if (data46.passesOmitted !== void 0) {
          let data57 = data46.passesOmitted;
          if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)))) {
            const err123 = { instancePath: instancePath + "/merge/passesOmitted", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
          if (typeof data57 == "number") {
            if (data57 < 0 || isNaN(data57)) {
              const err124 = { instancePath: instancePath + "/merge/passesOmitted", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
          }
        }
      } else {
        const err125 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
    if (data.compliance !== void 0) {
      let data58 = data.compliance;
      if (Array.isArray(data58)) {
        const len7 = data58.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data59 = data58[i7];
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            if (data59.framework === void 0) {
              const err126 = { instancePath: instancePath + "/compliance/" + i7, schemaPath: "#/properties/compliance/items/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data59.control === void 0) {
              const err127 = { instancePath: instancePath + "/compliance/" + i7, schemaPath: "#/properties/compliance/items/required", keyword: "required", params: { missingProperty: "control" }, message: "must have required property 'control'" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data59.rules === void 0) {
              const err128 = { instancePath: instancePath + "/compliance/" + i7, schemaPath: "#/properties/compliance/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data59.counts === void 0) {
              const err129 = { instancePath: instancePath + "/compliance/" + i7, schemaPath: "#/properties/compliance/items/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            for (const key9 in data59) {
              if (!(key9 === "framework" || key9 === "control" || key9 === "rules" || key9 === "counts")) {
                const err130 = { instancePath: instancePath + "/compliance/" + i7, schemaPath: "#/properties/compliance/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data59.framework !== void 0) {
              if (typeof data59.framework !== "string") {
                const err131 = { instancePath: instancePath + "/compliance/" + i7 + "/framework", schemaPath: "#/properties/compliance/items/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data59.control !== void 0) {
              if (typeof data59.control !== "string") {
                const err132 = { instancePath: instancePath + "/compliance/" + i7 + "/control", schemaPath: "#/properties/compliance/items/properties/control/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data59.rules !== void 0) {
              let data62 = data59.rules;
              if (Array.isArray(data62)) {
                const len8 = data62.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  if (typeof data62[i8] !== "string") {
                    const err133 = { instancePath: instancePath + "/compliance/" + i7 + "/rules/" + i8, schemaPath: "#/properties/compliance/items/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
              } else {
                const err134 = { instancePath: instancePath + "/compliance/" + i7 + "/rules", schemaPath: "#/properties/compliance/items/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data59.counts !== void 0) {
              let data64 = data59.counts;
              if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                if (data64.pass === void 0) {
                  const err135 = { instancePath: instancePath + "/compliance/" + i7 + "/counts", schemaPath: "#/properties/compliance/items/properties/counts/required", keyword: "required", params: { missingProperty: "pass" }, message: "must have required property 'pass'" };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
                if (data64.fail === void 0) {
                  const err136 = { instancePath: instancePath + "/compliance/" + i7 + "/counts", schemaPath: "#/properties/compliance/items/properties/counts/required", keyword: "required", params: { missingProperty: "fail" }, message: "must have required property 'fail'" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
                if (data64.waived === void 0) {
                  const err137 = { instancePath: instancePath + "/compliance/" + i7 + "/counts", schemaPath: "#/properties/compliance/items/properties/counts/required", keyword: "required", params: { missingProperty: "waived" }, message: "must have required property 'waived'" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
                if (data64.unknown === void 0) {
                  const err138 = { instancePath: instancePath + "/compliance/" + i7 + "/counts", schemaPath: "#/properties/compliance/items/properties/counts/required", keyword: "required", params: { missingProperty: "unknown" }, message: "must have required property 'unknown'" };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
                if (data64.error === void 0) {
                  const err139 = { instancePath: instancePath + "/compliance/" + i7 + "/counts", schemaPath: "#/properties/compliance/items/properties/counts/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
                for (const key10 in data64) {
                  if (!(key10 === "pass" || key10 === "fail" || key10 === "waived" || key10 === "unknown" || key10 === "error")) {
                    const err140 = { instancePath: instancePath + "/compliance/" + i7 + "/counts", schemaPath: "#/properties/compliance/items/properties/counts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data64.pass !== void 0) {
                  let data65 = data64.pass;
                  if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
                    const err141 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/pass", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                  if (typeof data65 == "number") {
                    if (data65 < 0 || isNaN(data65)) {
                      const err142 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/pass", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err142];
                      } else {
                        vErrors.push(err142);
                      }
                      errors++;
                    }
                  }
                }
                if (data64.fail !== void 0) {
                  let data66 = data64.fail;
                  if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)))) {
                    const err143 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/fail", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                  if (typeof data66 == "number") {
                    if (data66 < 0 || isNaN(data66)) {
                      const err144 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/fail", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                  }
                }
                if (data64.waived !== void 0) {
                  let data67 = data64.waived;
                  if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)))) {
                    const err145 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/waived", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                  if (typeof data67 == "number") {
                    if (data67 < 0 || isNaN(data67)) {
                      const err146 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/waived", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err146];
                      } else {
                        vErrors.push(err146);
                      }
                      errors++;
                    }
                  }
                }
                if (data64.unknown !== void 0) {
                  let data68 = data64.unknown;
                  if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)))) {
                    const err147 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/unknown", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                  if (typeof data68 == "number") {
                    if (data68 < 0 || isNaN(data68)) {
                      const err148 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/unknown", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                  }
                }
                if (data64.error !== void 0) {
                  let data69 = data64.error;
                  if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)))) {
                    const err149 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/error", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                  if (typeof data69 == "number") {
                    if (data69 < 0 || isNaN(data69)) {
                      const err150 = { instancePath: instancePath + "/compliance/" + i7 + "/counts/error", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err150];
                      } else {
                        vErrors.push(err150);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err151 = { instancePath: instancePath + "/compliance/" + i7 + "/counts", schemaPath: "#/properties/compliance/items/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
          } else {
            const err152 = { instancePath: instancePath + "/compliance/" + i7, schemaPath: "#/properties/compliance/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
      } else {
        const err153 = { instancePath: instancePath + "/compliance", schemaPath: "#/properties/compliance/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data70 = data.digest;
      if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
        if (data70.algorithm === void 0) {
          const err154 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'" };
          if (vErrors === null) {
            vErrors = [err154];
          } else {
            vErrors.push(err154);
          }
          errors++;
        }
        if (data70.value === void 0) {
          const err155 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err155];
          } else {
            vErrors.push(err155);
          }
          errors++;
        }
        for (const key11 in data70) {
          if (!(key11 === "algorithm" || key11 === "value" || key11 === "parts")) {
            const err156 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
        if (data70.algorithm !== void 0) {
          if ("sha256" !== data70.algorithm) {
            const err157 = { instancePath: instancePath + "/digest/algorithm", schemaPath: "#/properties/digest/properties/algorithm/const", keyword: "const", params: { allowedValue: "sha256" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
        if (data70.value !== void 0) {
          let data72 = data70.value;
          if (typeof data72 === "string") {
            if (!pattern1.test(data72)) {
              const err158 = { instancePath: instancePath + "/digest/value", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
          } else {
            const err159 = { instancePath: instancePath + "/digest/value", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
        if (data70.parts !== void 0) {
          let data73 = data70.parts;
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            for (const key12 in data73) {
              let data74 = data73[key12];
              if (typeof data74 === "string") {
                if (!pattern1.test(data74)) {
                  const err160 = { instancePath: instancePath + "/digest/parts/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
              } else {
                const err161 = { instancePath: instancePath + "/digest/parts/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
          } else {
            const err162 = { instancePath: instancePath + "/digest/parts", schemaPath: "#/properties/digest/properties/parts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
      } else {
        const err163 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err163];
        } else {
          vErrors.push(err163);
        }
        errors++;
      }
    }
    if (data.problems !== void 0) {
      let data75 = data.problems;
      if (Array.isArray(data75)) {
        const len9 = data75.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data76 = data75[i9];
          if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
            if (data76.code === void 0) {
              const err164 = { instancePath: instancePath + "/problems/" + i9, schemaPath: "#/properties/problems/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            if (data76.message === void 0) {
              const err165 = { instancePath: instancePath + "/problems/" + i9, schemaPath: "#/properties/problems/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            for (const key13 in data76) {
              if (!(key13 === "code" || key13 === "message" || key13 === "file" || key13 === "line")) {
                const err166 = { instancePath: instancePath + "/problems/" + i9, schemaPath: "#/properties/problems/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
            if (data76.code !== void 0) {
              if (typeof data76.code !== "string") {
                const err167 = { instancePath: instancePath + "/problems/" + i9 + "/code", schemaPath: "#/properties/problems/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (data76.message !== void 0) {
              if (typeof data76.message !== "string") {
                const err168 = { instancePath: instancePath + "/problems/" + i9 + "/message", schemaPath: "#/properties/problems/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data76.file !== void 0) {
              if (typeof data76.file !== "string") {
                const err169 = { instancePath: instancePath + "/problems/" + i9 + "/file", schemaPath: "#/properties/problems/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
            if (data76.line !== void 0) {
              let data80 = data76.line;
              if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80)))) {
                const err170 = { instancePath: instancePath + "/problems/" + i9 + "/line", schemaPath: "#/properties/problems/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
              if (typeof data80 == "number") {
                if (data80 < 1 || isNaN(data80)) {
                  const err171 = { instancePath: instancePath + "/problems/" + i9 + "/line", schemaPath: "#/properties/problems/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err172 = { instancePath: instancePath + "/problems/" + i9, schemaPath: "#/properties/problems/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
        }
      } else {
        const err173 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err173];
        } else {
          vErrors.push(err173);
        }
        errors++;
      }
    }
    if (data.signature !== void 0) {
      let data81 = data.signature;
      if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
        if (data81.algorithm === void 0) {
          const err174 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'" };
          if (vErrors === null) {
            vErrors = [err174];
          } else {
            vErrors.push(err174);
          }
          errors++;
        }
        if (data81.keyId === void 0) {
          const err175 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/required", keyword: "required", params: { missingProperty: "keyId" }, message: "must have required property 'keyId'" };
          if (vErrors === null) {
            vErrors = [err175];
          } else {
            vErrors.push(err175);
          }
          errors++;
        }
        if (data81.value === void 0) {
          const err176 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err176];
          } else {
            vErrors.push(err176);
          }
          errors++;
        }
        for (const key14 in data81) {
          if (!(key14 === "algorithm" || key14 === "keyId" || key14 === "value")) {
            const err177 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
        }
        if (data81.algorithm !== void 0) {
          if ("ed25519" !== data81.algorithm) {
            const err178 = { instancePath: instancePath + "/signature/algorithm", schemaPath: "#/properties/signature/properties/algorithm/const", keyword: "const", params: { allowedValue: "ed25519" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        if (data81.keyId !== void 0) {
          let data83 = data81.keyId;
          if (typeof data83 === "string") {
            if (!pattern1.test(data83)) {
              const err179 = { instancePath: instancePath + "/signature/keyId", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
            }
          } else {
            const err180 = { instancePath: instancePath + "/signature/keyId", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data81.value !== void 0) {
          let data84 = data81.value;
          if (typeof data84 === "string") {
            if (!pattern13.test(data84)) {
              const err181 = { instancePath: instancePath + "/signature/value", schemaPath: "#/properties/signature/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]+=*$" }, message: 'must match pattern "^[A-Za-z0-9+/]+=*$"' };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          } else {
            const err182 = { instancePath: instancePath + "/signature/value", schemaPath: "#/properties/signature/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
      } else {
        const err183 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err183];
        } else {
          vErrors.push(err183);
        }
        errors++;
      }
    }
    if (data.uncovered !== void 0) {
      let data85 = data.uncovered;
      if (Array.isArray(data85)) {
        const len10 = data85.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data86 = data85[i10];
          if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
            if (data86.type === void 0) {
              const err184 = { instancePath: instancePath + "/uncovered/" + i10, schemaPath: "#/properties/uncovered/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err184];
              } else {
                vErrors.push(err184);
              }
              errors++;
            }
            if (data86.resources === void 0) {
              const err185 = { instancePath: instancePath + "/uncovered/" + i10, schemaPath: "#/properties/uncovered/items/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
            if (data86.addresses === void 0) {
              const err186 = { instancePath: instancePath + "/uncovered/" + i10, schemaPath: "#/properties/uncovered/items/required", keyword: "required", params: { missingProperty: "addresses" }, message: "must have required property 'addresses'" };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
            for (const key15 in data86) {
              if (!(key15 === "type" || key15 === "resources" || key15 === "addresses")) {
                const err187 = { instancePath: instancePath + "/uncovered/" + i10, schemaPath: "#/properties/uncovered/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
            if (data86.type !== void 0) {
              if (typeof data86.type !== "string") {
                const err188 = { instancePath: instancePath + "/uncovered/" + i10 + "/type", schemaPath: "#/properties/uncovered/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            }
            if (data86.resources !== void 0) {
              let data88 = data86.resources;
              if (!(typeof data88 == "number" && (!(data88 % 1) && !isNaN(data88)))) {
                const err189 = { instancePath: instancePath + "/uncovered/" + i10 + "/resources", schemaPath: "#/properties/uncovered/items/properties/resources/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
              if (typeof data88 == "number") {
                if (data88 < 1 || isNaN(data88)) {
                  const err190 = { instancePath: instancePath + "/uncovered/" + i10 + "/resources", schemaPath: "#/properties/uncovered/items/properties/resources/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
              }
            }
            if (data86.addresses !== void 0) {
              let data89 = data86.addresses;
              if (Array.isArray(data89)) {
                const len11 = data89.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  if (typeof data89[i11] !== "string") {
                    const err191 = { instancePath: instancePath + "/uncovered/" + i10 + "/addresses/" + i11, schemaPath: "#/properties/uncovered/items/properties/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                }
              } else {
                const err192 = { instancePath: instancePath + "/uncovered/" + i10 + "/addresses", schemaPath: "#/properties/uncovered/items/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
          } else {
            const err193 = { instancePath: instancePath + "/uncovered/" + i10, schemaPath: "#/properties/uncovered/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err193];
            } else {
              vErrors.push(err193);
            }
            errors++;
          }
        }
      } else {
        const err194 = { instancePath: instancePath + "/uncovered", schemaPath: "#/properties/uncovered/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err194];
        } else {
          vErrors.push(err194);
        }
        errors++;
      }
    }
    if (data.empty !== void 0) {
      let data91 = data.empty;
      if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
        if (data91.reason === void 0) {
          const err195 = { instancePath: instancePath + "/empty", schemaPath: "#/properties/empty/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err195];
          } else {
            vErrors.push(err195);
          }
          errors++;
        }
        if (data91.allowed === void 0) {
          const err196 = { instancePath: instancePath + "/empty", schemaPath: "#/properties/empty/required", keyword: "required", params: { missingProperty: "allowed" }, message: "must have required property 'allowed'" };
          if (vErrors === null) {
            vErrors = [err196];
          } else {
            vErrors.push(err196);
          }
          errors++;
        }
        for (const key16 in data91) {
          if (!(key16 === "reason" || key16 === "allowed")) {
            const err197 = { instancePath: instancePath + "/empty", schemaPath: "#/properties/empty/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data91.reason !== void 0) {
          let data92 = data91.reason;
          if (!(data92 === "no rules ran" || data92 === "nothing judged")) {
            const err198 = { instancePath: instancePath + "/empty/reason", schemaPath: "#/properties/empty/properties/reason/enum", keyword: "enum", params: { allowedValues: schema11.properties.empty.properties.reason.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
        }
        if (data91.allowed !== void 0) {
          if (typeof data91.allowed !== "boolean") {
            const err199 = { instancePath: instancePath + "/empty/allowed", schemaPath: "#/properties/empty/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
      } else {
        const err200 = { instancePath: instancePath + "/empty", schemaPath: "#/properties/empty/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err200];
        } else {
          vErrors.push(err200);
        }
        errors++;
      }
    }
  } else {
    const err201 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err201];
    } else {
      vErrors.push(err201);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
exports.digest = "24214936992cb59b2439227dd5ca5ed16db7bf65839a6c43c084615c29d1d057";
