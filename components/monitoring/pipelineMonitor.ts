import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AlarmSpec, PipelineMonitoring } from "./metrics";

export interface PipelineMonitorArgs {
  /** The pipeline's alarms and dashboard graphs (components/monitoring/pipelines.ts). */
  readonly monitoring: PipelineMonitoring;
  /** SNS topic every alarm notifies, on alarm and on recovery. @default no alarms are created */
  readonly alarmTopicArn?: pulumi.Input<string>;
  /** Start of every alarm name, e.g. "geo-dev-"; the topic's key policy admits alarms with this prefix. */
  readonly alarmNamePrefix: string;
}

/** Alarm names allow these; anything else in a prefix becomes "-". */
export function alarmName(prefix: string, componentName: string, id: string): string {
  return `${prefix}${componentName}-${id}`.replace(/[^A-Za-z0-9._-]+/g, "-");
}

/** The alarm's description: what it means, then what to do (CloudWatch allows 1,024 characters). */
export function alarmDescription(spec: AlarmSpec): string {
  return `${spec.meaning} What to do: ${spec.action}`.slice(0, 1024);
}

/** The MetricAlarm inputs of one alarm spec; pure so tests can check every alarm. */
export function metricAlarmArgs(
  spec: AlarmSpec,
  name: string,
  topicArn: pulumi.Input<string>,
): aws.cloudwatch.MetricAlarmArgs {
  const percentile = spec.metric.statistic.startsWith("p");
  return {
    name,
    alarmDescription: alarmDescription(spec),
    namespace: spec.metric.namespace,
    metricName: spec.metric.metricName,
    dimensions: { ...spec.metric.dimensions },
    ...(percentile
      ? { extendedStatistic: spec.metric.statistic }
      : { statistic: spec.metric.statistic }),
    period: spec.metric.periodSeconds,
    evaluationPeriods: spec.evaluationPeriods,
    datapointsToAlarm: spec.datapointsToAlarm,
    threshold: spec.threshold,
    comparisonOperator: spec.comparison,
    // These metrics are published only when something happens: no data is a quiet period.
    treatMissingData: "notBreaching",
    alarmActions: [topicArn],
    okActions: [topicArn],
  };
}

/** One pipeline's alarms, each notifying the stack's topic on alarm and on recovery. */
export class PipelineMonitor extends pulumi.ComponentResource {
  /** By alarm id; empty without alarmTopicArn. */
  public readonly alarms: Record<string, aws.cloudwatch.MetricAlarm> = {};

  /**
   * @param name Logical name; alarms are `${name}-<alarm id>`.
   * @param args The monitoring definitions, the topic and the log group to count from.
   * @param opts Options for the component.
   */
  constructor(name: string, args: PipelineMonitorArgs, opts?: pulumi.ComponentResourceOptions) {
    super("geo:monitoring:PipelineMonitor", name, {}, opts);
    const seen = new Set<string>();
    for (const spec of args.monitoring.alarms) {
      if (seen.has(spec.id))
        throw new Error(
          `PipelineMonitor ${name}: alarm id "${spec.id}" is used twice; fix: give each alarm its own id`,
        );
      seen.add(spec.id);
    }
    if (args.alarmTopicArn !== undefined) {
      for (const spec of args.monitoring.alarms) {
        this.alarms[spec.id] = new aws.cloudwatch.MetricAlarm(
          `${name}-${spec.id}`,
          metricAlarmArgs(spec, alarmName(args.alarmNamePrefix, name, spec.id), args.alarmTopicArn),
          { parent: this },
        );
      }
    }
    this.registerOutputs({ alarms: this.alarms });
  }
}
