import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { stableStringify } from "../stableJson";
import type { MetricRef, WidgetSpec } from "./metrics";

export interface OperationsDashboardArgs {
  /** Dashboard name: letters, digits, "-" and "_", up to 255 characters. */
  readonly dashboardName: string;
  /** The stack's region; every widget reads its metrics there. */
  readonly region: pulumi.Input<string>;
  /** The graphs of every pipeline of the stack, in order. */
  readonly widgets: readonly WidgetSpec[];
}

/** A metric with every dimension value resolved. */
type ResolvedMetric = Omit<MetricRef, "dimensions"> & {
  readonly dimensions: Record<string, string>;
};
export type ResolvedWidget = {
  readonly title: string;
  readonly metrics: readonly ResolvedMetric[];
};

const WIDTH = 12;
const HEIGHT = 6;

/**
 * The dashboard body (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html):
 * two graphs per row, each metric as [namespace, name, dimension, value, ..., options]. Sorted
 * keys, so an unchanged stack shows no dashboard diff.
 */
export function dashboardBody(region: string, widgets: readonly ResolvedWidget[]): string {
  return stableStringify({
    widgets: widgets.map((w, i) => ({
      type: "metric",
      x: (i % 2) * WIDTH,
      y: Math.floor(i / 2) * HEIGHT,
      width: WIDTH,
      height: HEIGHT,
      properties: {
        title: w.title,
        region,
        view: "timeSeries",
        stacked: false,
        metrics: w.metrics.map((m) => [
          m.namespace,
          m.metricName,
          ...Object.entries(m.dimensions)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .flat(),
          { stat: m.statistic, period: m.periodSeconds, label: m.label },
        ]),
      },
    })),
  });
}

/** The console address of a dashboard. */
export function dashboardUrl(region: string, dashboardName: string): string {
  return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards/dashboard/${encodeURIComponent(dashboardName)}`;
}

function resolveWidgets(widgets: readonly WidgetSpec[]): pulumi.Output<ResolvedWidget[]> {
  return pulumi.all(
    widgets.map((w) =>
      pulumi
        .all(
          w.metrics.map((m) =>
            pulumi
              .all(m.dimensions as Record<string, pulumi.Input<string>>)
              .apply((dimensions) => ({ ...m, dimensions })),
          ),
        )
        .apply((metrics) => ({ title: w.title, metrics })),
    ),
  );
}

/** The stack's dashboard: every pipeline's graphs, from the same metrics its alarms evaluate. */
export class OperationsDashboard extends pulumi.ComponentResource {
  public readonly dashboard: aws.cloudwatch.Dashboard;
  /** The dashboard in the AWS console. */
  public readonly url: pulumi.Output<string>;

  /**
   * @param name Logical name; the dashboard is `${name}-dashboard`.
   * @param args Name, region and graphs.
   * @param opts Options for the component.
   */
  constructor(name: string, args: OperationsDashboardArgs, opts?: pulumi.ComponentResourceOptions) {
    // Checked before anything registers, so a bad name leaves no half-built component behind.
    if (!/^[A-Za-z0-9_-]{1,255}$/.test(args.dashboardName)) {
      throw new Error(
        `OperationsDashboard dashboardName ${JSON.stringify(args.dashboardName)} is invalid; fix: use up to 255 letters, digits, "-" or "_"`,
      );
    }
    super("geo:monitoring:OperationsDashboard", name, {}, opts);
    this.dashboard = new aws.cloudwatch.Dashboard(
      `${name}-dashboard`,
      {
        dashboardName: args.dashboardName,
        dashboardBody: pulumi
          .all([args.region, resolveWidgets(args.widgets)])
          .apply(([region, widgets]) => dashboardBody(region, widgets)),
      },
      { parent: this },
    );
    this.url = pulumi
      .output(args.region)
      .apply((region) => dashboardUrl(region, args.dashboardName));
    this.registerOutputs({ url: this.url });
  }
}
