import * as assert from "node:assert/strict";
import { AlarmNotifications } from "../../../components/monitoring/alarmNotifications";
import type { PipelineMonitoring } from "../../../components/monitoring/metrics";
import { OperationsDashboard } from "../../../components/monitoring/operationsDashboard";
import { PipelineMonitor } from "../../../components/monitoring/pipelineMonitor";
import { participantAttributesMonitoring } from "../../../components/monitoring/pipelines";
import {
  installMocks,
  MOCK_ACCOUNT_ID,
  ResourceRecorder,
  revealSecrets,
  settle,
} from "../../../tools/mocks";

// The monitoring components under mocks: exact children, parents and the inputs that matter.

const MONITORING: PipelineMonitoring = participantAttributesMonitoring({
  paymentIdFunctionName: "pay-fn",
  saveAttributesFunctionName: "save-fn",
});

describe("monitoring components under mocks", () => {
  const recorder = new ResourceRecorder();
  const ofParent = (type: string, name: string) => {
    const parent = recorder.one(type, name);
    return recorder.resources
      .filter((r) => r.parent === parent.urn)
      .map((r) => `${r.type}::${r.name}`)
      .sort();
  };

  before(async () => {
    await installMocks(recorder, "genesys-event-orchestration", "test");
    const notifications = new AlarmNotifications("alarms", {
      accountId: MOCK_ACCOUNT_ID,
      region: "us-east-1",
      alarmNamePrefix: "geo-test-",
      email: "oncall@example.com",
      httpsEndpoint: "https://hooks.example.com/secret-token-9",
    });
    new PipelineMonitor("with-topic", {
      monitoring: MONITORING,
      alarmTopicArn: notifications.topicArn,
      alarmNamePrefix: "geo-test-",
    });
    new PipelineMonitor("without-topic", { monitoring: MONITORING, alarmNamePrefix: "geo-test-" });
    new OperationsDashboard("ops", {
      dashboardName: "geo-test-operations",
      region: "us-east-1",
      widgets: MONITORING.widgets,
    });
    await settle();
  });

  it("creates the key, the encrypted topic, its policy and both subscriptions, the webhook as a secret", () => {
    assert.deepEqual(ofParent("geo:monitoring:AlarmNotifications", "alarms"), [
      "aws:kms/key:Key::alarms-key",
      "aws:sns/topic:Topic::alarms-topic",
      "aws:sns/topicPolicy:TopicPolicy::alarms-topic-policy",
      "aws:sns/topicSubscription:TopicSubscription::alarms-email",
      "aws:sns/topicSubscription:TopicSubscription::alarms-https",
    ]);
    const key = recorder.one("aws:kms/key:Key", "alarms-key");
    const topic = recorder.one("aws:sns/topic:Topic", "alarms-topic");
    assert.equal(topic.inputs.kmsMasterKeyId, key.outputs.arn);
    assert.equal(key.inputs.enableKeyRotation, true);
    const https = recorder.one("aws:sns/topicSubscription:TopicSubscription", "alarms-https");
    assert.notEqual(
      https.inputs.endpoint,
      "https://hooks.example.com/secret-token-9",
      "the webhook is stored in plain text",
    );
    assert.equal(revealSecrets(https.inputs.endpoint), "https://hooks.example.com/secret-token-9");
  });

  it("creates one alarm per spec, named with the prefix, only when given a topic", () => {
    assert.deepEqual(ofParent("geo:monitoring:PipelineMonitor", "with-topic"), [
      "aws:cloudwatch/metricAlarm:MetricAlarm::with-topic-payment-id-errors",
      "aws:cloudwatch/metricAlarm:MetricAlarm::with-topic-payment-id-throttles",
      "aws:cloudwatch/metricAlarm:MetricAlarm::with-topic-save-attributes-errors",
      "aws:cloudwatch/metricAlarm:MetricAlarm::with-topic-save-attributes-throttles",
    ]);
    assert.equal(
      recorder.one("aws:cloudwatch/metricAlarm:MetricAlarm", "with-topic-payment-id-errors").inputs
        .name,
      "geo-test-with-topic-payment-id-errors",
    );
    assert.deepEqual(ofParent("geo:monitoring:PipelineMonitor", "without-topic"), []);
  });

  it("renders the dashboard from the resolved metric definitions", () => {
    const dashboard = recorder.one("aws:cloudwatch/dashboard:Dashboard", "ops-dashboard");
    const body = JSON.parse(String(dashboard.inputs.dashboardBody));
    assert.deepEqual(body.widgets[0].properties.metrics[0], [
      "AWS/Lambda",
      "Errors",
      "FunctionName",
      "pay-fn",
      { label: "payment-id errors", period: 300, stat: "Sum" },
    ]);
  });

  it("refuses a dashboard name CloudWatch would reject, naming it", () => {
    assert.throws(
      () =>
        new OperationsDashboard("bad", {
          dashboardName: "geo prod operations",
          region: "us-east-1",
          widgets: [],
        }),
      /^Error: OperationsDashboard dashboardName "geo prod operations" is invalid; fix: use up to 255 letters, digits, "-" or "_"$/,
    );
  });
});
